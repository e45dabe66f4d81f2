namespace FeudBot.FakeDiscord.Runner;

/// <summary>What the runner was asked to do (from the command line).</summary>
internal sealed record RunnerSettings(TimeSpan Lifetime, string Question, string Locale, int BurstSize, string Token);
