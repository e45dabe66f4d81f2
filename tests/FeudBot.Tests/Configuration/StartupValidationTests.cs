using FeudBot.Hosting;
using FeudBot.Tests.ScaleOut;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FeudBot.Tests.Configuration;

/// <summary>
/// Every start-up validation (issue 7, item 3) stops <c>feudbot run</c> before anything starts, with exit 2 and one
/// line per failure naming the key, as the README's Configuration section lists them; never the host's "Hosting failed to start" trace.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Knowledge:ReloadDelay", "00:05:00", "Knowledge:ReloadDelay must be between 00:00:00 and 00:01:00.")]
    [InlineData("Health:MaxHeartbeatAge", "00:00:01", "Health:MaxHeartbeatAge must be between 00:00:05 and 00:10:00.")]
    [InlineData("Health:Port", "0", "Health:Port must be a TCP port between 1 and 65535.")]
    [InlineData("Llm:TimeoutSeconds", "0", "Llm:TimeoutSeconds is 0; it must be between 1 and 120 seconds")]
    [InlineData("Bot:Cooldown:Window", "00:00:00", "Bot:Cooldown:Window must be between 00:00:01 and 01:00:00.")]
    [InlineData("Discord:ShardIds", "1-2", "Discord:ShardIds ('1-2') is invalid: shard 2 is not below Discord:ShardCount (2).")]
    public async Task An_invalid_value_is_one_line_naming_the_key_and_nothing_starts(string key, string value, string message)
    {
        using var host = BotHost.Build(Path.Combine(BotProcess.RepositoryRoot(), "knowledge"), b =>
        {
            b.Configuration["Discord:Token"] = "test-token";
            b.Configuration["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
            b.Configuration["Discord:ShardCount"] = "2";
            b.Configuration[key] = value;
            b.Logging.AddFakeLogging();
        });
        var error = new StringWriter();

        int code = await BotHost.RunAsync(host, error).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, code);
        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        FakeLogCollector logs = host.Services.GetRequiredService<FakeLogCollector>();
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
    }
}
