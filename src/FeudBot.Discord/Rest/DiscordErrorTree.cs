using System.Text.Json;

namespace FeudBot.Discord.Rest;

/// <summary>
/// Flattens the nested 50035 <c>errors</c> object (https://discord.com/developers/docs/reference#error-messages)
/// into readable lines: <c>options[0].name: BASE_TYPE_REQUIRED This field is required</c>.
/// </summary>
public static class DiscordErrorTree
{
    /// <summary>One line per leaf error; the root is shown as <c>(body)</c>.</summary>
    public static IReadOnlyList<string> Flatten(JsonElement? errors)
    {
        var lines = new List<string>();
        if (errors is { ValueKind: JsonValueKind.Object } root)
        {
            Walk(root, "", lines);
        }

        return lines;
    }

    private static void Walk(JsonElement node, string path, List<string> lines)
    {
        foreach (JsonProperty property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement error in property.Value.EnumerateArray())
                {
                    string code = error.TryGetProperty("code", out JsonElement c) ? c.ToString() : "?";
                    string message = error.TryGetProperty("message", out JsonElement m) ? m.ToString() : "";
                    lines.Add($"{(path.Length == 0 ? "(body)" : path)}: {code} {message}".TrimEnd());
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                string child = int.TryParse(property.Name, out _) ? $"{path}[{property.Name}]"
                    : path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                Walk(property.Value, child, lines);
            }
        }
    }
}
