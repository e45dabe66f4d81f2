using System.Globalization;
using System.Reflection;
using FeudBot.Bot;
using FeudBot.Cli;
using FeudBot.Discord;
using FeudBot.Hosting;
using FeudBot.Hosting.Health;
using FeudBot.Llm;
using FeudBot.Tests.ScaleOut;
using Microsoft.Extensions.Configuration;

namespace FeudBot.Tests.Configuration;

/// <summary>
/// appsettings.json is the list of every setting (issue 7, item 3): each key it has is bound by an options class
/// (or read by name), each options property is in it with its real default, and it carries no secret.
/// The README's Configuration section documents the same keys.
/// </summary>
public sealed class AppSettingsTests
{
    /// <summary>Each section and the options classes bound to it by the host.</summary>
    private static readonly (string Section, Type[] Types)[] Sections =
    [
        (DiscordOptions.SectionName, [typeof(DiscordOptions), typeof(BotDiscordOptions)]),
        ("Knowledge", [typeof(KnowledgeWatchOptions)]),
        (LlmOptions.SectionName, [typeof(LlmOptions)]),
        (BotOptions.SectionName, [typeof(BotOptions)]),
        (HealthOptions.SectionName, [typeof(HealthOptions)]),
    ];

    /// <summary>Keys read by name rather than bound: the knowledge folder, and the framework's log levels.</summary>
    private static readonly string[] ReadByName = [KnowledgeFolder.ConfigKey, "Logging:LogLevel:Default"];

    /// <summary>Secrets: from the environment only, never in the file.</summary>
    private static readonly string[] Secrets = ["Discord:Token", "Llm:ApiKey"];

    private static readonly IConfigurationRoot File = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(BotProcess.RepositoryRoot(), "appsettings.json"), optional: false)
        .Build();

    private static IEnumerable<string> FileKeys() =>
        File.AsEnumerable().Where(kv => kv.Value is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_key_in_the_file_is_known_to_an_options_class()
    {
        string[] unknown = [.. FileKeys().Where(key => !ReadByName.Contains(key, StringComparer.OrdinalIgnoreCase) && Resolve(key) is null)];

        Assert.True(unknown.Length == 0, "appsettings.json keys no options class binds: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Every_option_is_in_the_file_except_secrets()
    {
        var inFile = FileKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);
        string[] missing = [.. Sections.SelectMany(s => s.Types.SelectMany(t => LeafKeys(s.Section, t)))
            .Where(key => !inFile.Contains(key) && !Secrets.Contains(key, StringComparer.OrdinalIgnoreCase))];

        Assert.True(missing.Length == 0, "options missing from appsettings.json: " + string.Join(", ", missing));
        Assert.DoesNotContain(FileKeys(), key => Secrets.Contains(key, StringComparer.OrdinalIgnoreCase));
        Assert.Contains(KnowledgeFolder.ConfigKey, inFile);
    }

    [Fact]
    public void The_file_states_the_real_defaults()
    {
        List<string> wrong = [];
        foreach ((string section, Type[] types) in Sections)
        {
            foreach (Type type in types)
            {
                object fresh = Activator.CreateInstance(type)!;
                object bound = Activator.CreateInstance(type)!;
                File.GetSection(section).Bind(bound);
                foreach (string key in LeafKeys(section, type))
                {
                    string? expected = Text(ValueAt(fresh, key, section));
                    string? actual = Text(ValueAt(bound, key, section));
                    if (expected != actual)
                    {
                        wrong.Add($"{key}: file gives '{actual}', the class default is '{expected}'");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The property a configuration key binds to, walking nested option objects; null when none does.</summary>
    private static PropertyInfo? Resolve(string key)
    {
        string[] parts = key.Split(':');
        foreach ((string section, Type[] types) in Sections)
        {
            if (!parts[0].Equals(section, StringComparison.OrdinalIgnoreCase) || parts.Length < 2)
            {
                continue;
            }

            foreach (Type type in types)
            {
                PropertyInfo? property = null;
                Type? current = type;
                foreach (string part in parts[1..])
                {
                    property = current?.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    current = property?.PropertyType;
                }

                if (property is { CanWrite: true } && IsLeaf(property.PropertyType))
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> LeafKeys(string prefix, Type type)
    {
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (IsLeaf(p.PropertyType))
            {
                yield return $"{prefix}:{p.Name}";
            }
            else
            {
                foreach (string nested in LeafKeys($"{prefix}:{p.Name}", p.PropertyType))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(TimeSpan) || t == typeof(decimal) || t == typeof(Uri);
    }

    private static object? ValueAt(object root, string key, string section)
    {
        object? current = root;
        foreach (string part in key[(section.Length + 1)..].Split(':'))
        {
            current = current?.GetType().GetProperty(part)!.GetValue(current);
        }

        return current;
    }

    /// <summary>Comparable text; an empty string in the file stands for "not set" (null).</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
