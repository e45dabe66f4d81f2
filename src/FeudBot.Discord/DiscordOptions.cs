using System.ComponentModel.DataAnnotations;

namespace FeudBot.Discord;

/// <summary>
/// The <c>Discord</c> configuration section. Set the token through the environment
/// (<c>Discord__Token</c>), never in a checked-in file. Validated at start by <see cref="DiscordOptionsValidator"/>.
/// </summary>
public sealed class DiscordOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>Bot token from the Developer Portal (Bot → Reset Token), without the "Bot " prefix.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:Token is missing: set the environment variable Discord__Token to the bot token from the Developer Portal (Bot page).")]
    public string Token { get; set; } = "";

    /// <summary>Gateway intents, e.g. "Guilds, GuildMessages, DirectMessages" or a number.</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds;

    /// <summary>This process's shard id (0-based).</summary>
    public int ShardId { get; set; }

    /// <summary>Total shard count (1 for bots in fewer than 2,500 guilds).</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// Optional: the shards this process runs, e.g. <c>"0-1"</c> or <c>"2,3"</c> (see <see cref="ShardIdList"/>); one
    /// gateway connection each, sharing the identify limiter. Empty: just <see cref="ShardId"/>.
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>The shard ids this process runs: <see cref="ShardIds"/> when set (validated at start), else <see cref="ShardId"/>.</summary>
    public IReadOnlyList<int> ResolveShardIds() =>
        !string.IsNullOrWhiteSpace(ShardIds) && ShardIdList.TryParse(ShardIds, ShardCount, out IReadOnlyList<int> ids, out _) ? ids : [ShardId];

    /// <summary>A copy of these options for one shard of the process (<see cref="ShardIds"/> cleared).</summary>
    public DiscordOptions ForShard(int shardId)
    {
        var copy = (DiscordOptions)MemberwiseClone();
        copy.ShardId = shardId;
        copy.ShardIds = null;
        return copy;
    }

    /// <summary>REST base URL, versioned; a proxy or test server may stand in.</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl is empty: remove it to use https://discord.com/api/v10, or set an absolute http(s) URL.")]
    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Optional gateway URL (ws:// or wss://) used instead of the one from GET /gateway/bot.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Ask for <c>compress=zlib-stream</c> transport compression.</summary>
    public bool UseZlibCompression { get; set; }

    /// <summary>Capacity of the dispatch channel; when it is full the receive loop waits (heartbeats do not).</summary>
    public int DispatchBufferCapacity { get; set; } = 4096;

    /// <summary>Drop an INTERACTION_CREATE whose id was already delivered (replays after resume).</summary>
    public bool DeduplicateInteractions { get; set; } = true;

    /// <summary>The <c>User-Agent</c> Discord requires: <c>DiscordBot ($url, $version)</c>.</summary>
    [Required(ErrorMessage = "Discord:UserAgent must not be empty; Discord requires 'DiscordBot (url, version)'.")]
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/feudbot/feudbot, 0.1.0)";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Ranges are checked here rather than with [Range]: the source-generated validator drops its ErrorMessage.
        if (ShardCount < 1)
        {
            yield return new ValidationResult(
                "Discord:ShardCount must be at least 1 (use 1 unless the bot is in 2,500+ guilds).", [nameof(ShardCount)]);
        }
        else if (ShardId < 0 || ShardId >= ShardCount)
        {
            yield return new ValidationResult(
                $"Discord:ShardId ({ShardId}) must be 0 or more and lower than Discord:ShardCount ({ShardCount}).", [nameof(ShardId)]);
        }

        if (ShardCount >= 1 && !string.IsNullOrWhiteSpace(ShardIds) && !ShardIdList.TryParse(ShardIds, ShardCount, out _, out string? shardError))
        {
            yield return new ValidationResult(
                $"Discord:ShardIds ('{ShardIds}') is invalid: {shardError}. Write ids and ranges such as \"0-1\" or \"2,3\", each below Discord:ShardCount.", [nameof(ShardIds)]);
        }

        if (DispatchBufferCapacity is < 16 or > 1_000_000)
        {
            yield return new ValidationResult(
                "Discord:DispatchBufferCapacity must be between 16 and 1000000.", [nameof(DispatchBufferCapacity)]);
        }

        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || Token.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult(
                "Discord:Token must be the bare token: remove the 'Bot ' prefix and any whitespace.", [nameof(Token)]);
        }

        if (!string.IsNullOrEmpty(GatewayUrl)
            && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out Uri? gw) || gw.Scheme is not ("ws" or "wss")))
        {
            yield return new ValidationResult(
                "Discord:GatewayUrl must be an absolute ws:// or wss:// URL, or be left out to use GET /gateway/bot.", [nameof(GatewayUrl)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out Uri? api) || api.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                "Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.", [nameof(ApiBaseUrl)]);
        }
    }
}
