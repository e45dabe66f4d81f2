namespace FeudBot.Bot.Routing;

/// <summary>
/// The default (unlocalized) names of commands and options: interactions always carry these, whatever
/// the user's language (https://discord.com/developers/docs/interactions/application-commands#localization).
/// </summary>
public static class CommandNames
{
    public const string Ask = "ask";
    public const string Timeline = "timeline";
    public const string Sources = "sources";
    public const string About = "about";

    public const string Question = "question";
    public const string Private = "private";
    public const string Year = "year";
    public const string Person = "person";
    public const string Topic = "topic";
}
