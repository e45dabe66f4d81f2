namespace FeudBot.Discord.Gateway;

/// <summary>Adds <c>v=10&amp;encoding=json[&amp;compress=zlib-stream]</c>; the same query is used for RESUME.</summary>
internal static class GatewayUriBuilder
{
    public static Uri Build(Uri baseUri, bool zlib)
    {
        var builder = new UriBuilder(baseUri)
        {
            Query = zlib ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json",
        };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
