namespace FeudBot.FakeDiscord.Runner;

/// <summary>
/// The lines scripts/container-e2e.sh reads, one item a line, flushed at once:
/// <c>ENV Name=value</c>, <c>LISTENING</c>, <c>READY_SENT</c>, <c>PASS …</c>/<c>FAIL …</c>, <c>BURST_DONE …</c>/<c>BURST_FAIL …</c>.
/// Diagnostics go to stderr.
/// </summary>
internal sealed class ProtocolOutput(TextWriter stdout, TextWriter stderr)
{
    private readonly Lock _lock = new();

    public void Line(string text)
    {
        lock (_lock)
        {
            stdout.WriteLine(text);
            stdout.Flush();
        }
    }

    public void Note(string text)
    {
        lock (_lock)
        {
            stderr.WriteLine($"[fake-discord {DateTime.UtcNow:HH:mm:ss.fff}] {text}");
            stderr.Flush();
        }
    }
}
