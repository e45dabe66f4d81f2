using System.Text;
using System.Text.Json;

namespace FeudBot.FakeDiscord;

/// <summary>An HTTP request the fake received.</summary>
public sealed class RecordedRequest
{
    private string? _body;

    /// <param name="method">HTTP method.</param>
    /// <param name="path">Path after <c>/api/v10/</c>, e.g. <c>interactions/1/tok/callback</c>.</param>
    /// <param name="query">Query string including '?', or empty.</param>
    /// <param name="headers">Request headers (first value each, case-insensitive keys).</param>
    /// <param name="bodyUtf8">The body's bytes (empty when none).</param>
    public RecordedRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> bodyUtf8)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        BodyUtf8 = bodyUtf8;
    }

    public string Method { get; }

    public string Path { get; }

    public string Query { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as received; load runs look at these bytes without decoding them.</summary>
    public ReadOnlyMemory<byte> BodyUtf8 { get; }

    /// <summary>Body text (empty when none), decoded on first use.</summary>
    public string Body => _body ??= Encoding.UTF8.GetString(BodyUtf8.Span);

    /// <summary>A header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? v) ? v : null;

    /// <summary>The body parsed as JSON.</summary>
    public JsonElement JsonBody => JsonDocument.Parse(BodyUtf8).RootElement.Clone();

    /// <inheritdoc />
    public override string ToString() => $"{Method} /{Path}{Query} {(Body.Length > 160 ? Body[..160] + "…" : Body)}";
}
