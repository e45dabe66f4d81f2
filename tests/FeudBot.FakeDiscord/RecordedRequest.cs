namespace FeudBot.FakeDiscord;

/// <summary>An HTTP request the fake received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path after <c>/api/v10/</c>, e.g. <c>interactions/1/tok/callback</c>.</param>
/// <param name="Query">Query string including '?', or empty.</param>
/// <param name="Headers">Request headers (first value each, case-insensitive keys).</param>
/// <param name="Body">Body text (empty when none).</param>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? v) ? v : null;

    /// <summary>The body parsed as JSON.</summary>
    public System.Text.Json.JsonElement JsonBody => System.Text.Json.JsonDocument.Parse(Body).RootElement.Clone();

    /// <inheritdoc />
    public override string ToString() => $"{Method} /{Path}{Query} {(Body.Length > 160 ? Body[..160] + "…" : Body)}";
}
