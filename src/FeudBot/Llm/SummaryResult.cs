using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Llm;

/// <summary>
/// What to show: <see cref="Text"/> in <see cref="Language"/> with its <see cref="Citations"/>.
/// <see cref="Generator"/> is <c>"llm"</c> when verified model text is served (then
/// <see cref="AiGenerated"/> is true and the renderer must mark it as such; <c>[n]</c> markers can become
/// links with <see cref="CitationLinker"/>) and <c>"extractive"</c> otherwise, with
/// <see cref="Fallback"/> saying why. <see cref="Answered"/> is false when the text is a decline.
/// </summary>
public sealed record SummaryResult(
    string Generator,
    string Language,
    bool Answered,
    string Text,
    IReadOnlyList<Reference> Citations,
    FallbackReason? Fallback = null,
    string? FallbackDetail = null,
    int? HttpStatus = null)
{
    /// <summary>The <see cref="Generator"/> value for verified model text.</summary>
    public const string Llm = "llm";

    /// <summary>The <see cref="Generator"/> value for the extractive text.</summary>
    public const string Extractive = "extractive";

    /// <summary>True when the text came from the model (after verification).</summary>
    public bool AiGenerated => Generator == Llm;

    /// <summary>
    /// The fallback as a stable snake_case code for JSON and logs (<c>timeout</c>, <c>http_error:429</c>,
    /// <c>unsupported_number</c>), null when the model text was served.
    /// </summary>
    public string? FallbackCode => Fallback is { } reason
        ? ToSnakeCase(reason.ToString()) + (HttpStatus is { } status ? ":" + status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        : null;

    private static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
