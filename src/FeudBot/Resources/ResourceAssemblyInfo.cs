using System.Resources;

// The neutral BotStrings.resx is English: "en" lookups are served from the main assembly without
// probing for an "en" satellite.
[assembly: NeutralResourcesLanguage("en")]
