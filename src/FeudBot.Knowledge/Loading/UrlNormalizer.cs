namespace FeudBot.Knowledge.Loading;

/// <summary>
/// A URL's identity for matching references across translations: scheme and host lower-cased, default
/// port, no fragment, no trailing slash.
/// </summary>
public static class UrlNormalizer
{
    public static string Normalize(Uri url)
    {
        var scheme = url.Scheme.ToLowerInvariant();
        // Host, not IdnHost: IdnHost throws on hosts that are not valid IDN, and both notes spell the host alike.
        var host = url.Host.ToLowerInvariant();
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = url.AbsolutePath.TrimEnd('/');
        return scheme + "://" + host + port + path + url.Query;
    }
}
