namespace FeudBot.Hosting;

/// <summary>Why the bot stopped on its own (a fatal gateway close, a rejected token), for the exit code and message.</summary>
public sealed class BotRunState
{
    private volatile string? _fatalError;

    public string? FatalError => _fatalError;

    public void Fail(string message) => _fatalError ??= message;
}
