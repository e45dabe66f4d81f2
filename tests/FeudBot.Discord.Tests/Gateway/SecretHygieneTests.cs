using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using FeudBot.Discord.Tests.Support;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>The bot token must never appear in a log line or an exception message.</summary>
public sealed class SecretHygieneTests
{
    [Fact]
    public async Task Token_never_appears_in_logs_or_exceptions()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        h.Discord.CurrentConnection!.Abort(); // resume path logs
        await h.Discord.WaitForOpAsync(6);
        await h.WaitActiveAsync();
        h.Discord.Options.ExpectedToken = "another-token"; // REST now answers 401
        var rest = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => h.Rest.GetGatewayBotAsync());
        await h.Discord.CurrentConnection!.CloseAsync(4004);
        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        var records = h.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.Contains(records, r => r.Message.Contains("authentication failed", StringComparison.Ordinal));
        foreach (var record in records)
        {
            Assert.DoesNotContain(GatewayHarness.Token, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(GatewayHarness.Token, record.Exception?.ToString() ?? "", StringComparison.Ordinal);
            foreach (var pair in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(GatewayHarness.Token, pair.Value ?? "", StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(GatewayHarness.Token, rest.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayHarness.Token, fatal.ToString(), StringComparison.Ordinal);
    }
}
