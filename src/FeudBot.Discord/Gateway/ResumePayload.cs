namespace FeudBot.Discord.Gateway;

/// <summary>op 6 RESUME data.</summary>
internal sealed record ResumePayload
{
    public string Token { get; init; } = "";
    public string SessionId { get; init; } = "";
    public long Seq { get; init; }
}
