using FeudBot.Discord.Gateway;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>The close-code table from the Discord docs, plus WebSocket codes and "no close frame".</summary>
public sealed class CloseCodeClassifierTests
{
    [Theory]
    [InlineData(null, GatewayCloseAction.Resume)]
    [InlineData(1000, GatewayCloseAction.Resume)]
    [InlineData(1001, GatewayCloseAction.Resume)]
    [InlineData(1006, GatewayCloseAction.Resume)]
    [InlineData(1011, GatewayCloseAction.Resume)]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4001, GatewayCloseAction.Resume)]
    [InlineData(4002, GatewayCloseAction.Resume)]
    [InlineData(4003, GatewayCloseAction.NewSession)]
    [InlineData(4004, GatewayCloseAction.Fatal)]
    [InlineData(4005, GatewayCloseAction.NewSession)]
    [InlineData(4006, GatewayCloseAction.Resume)] // not a gateway code (voice only): unknown
    [InlineData(4007, GatewayCloseAction.NewSession)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(4009, GatewayCloseAction.NewSession)]
    [InlineData(4010, GatewayCloseAction.Fatal)]
    [InlineData(4011, GatewayCloseAction.Fatal)]
    [InlineData(4012, GatewayCloseAction.Fatal)]
    [InlineData(4013, GatewayCloseAction.Fatal)]
    [InlineData(4014, GatewayCloseAction.Fatal)]
    [InlineData(4015, GatewayCloseAction.Resume)]
    public void Classifies(int? code, GatewayCloseAction expected)
    {
        GatewayCloseClassification verdict = GatewayCloseCodes.Classify(code);

        Assert.Equal(expected, verdict.Action);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Explanation));
    }

    [Fact]
    public void Our_own_resume_close_code_keeps_the_session()
    {
        Assert.NotEqual(1000, GatewayCloseCodes.ResumableClose);
        Assert.NotEqual(1001, GatewayCloseCodes.ResumableClose);
    }
}
