namespace FeudBot.Discord.Gateway;

/// <summary>The gateway stopped for good (4004, 4010-4014): the message says what to fix. Never contains the token.</summary>
public sealed class GatewayFatalException(int? closeCode, string message) : Exception(message)
{
    /// <summary>The close code that caused the stop.</summary>
    public int? CloseCode { get; } = closeCode;
}
