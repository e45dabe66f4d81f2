using FeudBot.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeudBot.Discord.Tests.Options;

/// <summary><c>Discord:ShardIds</c>: a shard range per process.</summary>
public sealed class ShardIdListTests
{
    [Theory]
    [InlineData("0-1", 2, new[] { 0, 1 })]
    [InlineData("2,3", 4, new[] { 2, 3 })]
    [InlineData(" 5 , 0-2 ", 6, new[] { 0, 1, 2, 5 })]
    [InlineData("7", 8, new[] { 7 })]
    public void Parses_ids_and_ranges(string text, int count, int[] expected)
    {
        Assert.True(ShardIdList.TryParse(text, count, out IReadOnlyList<int> ids, out string? error), error);
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("0-2", 2, "shard 2 is not below Discord:ShardCount (2)")]
    [InlineData("3-1", 4, "the range '3-1' runs backwards")]
    [InlineData("0,0-1", 4, "shard 0 is listed twice")]
    [InlineData("a", 4, "'a' is not a shard id")]
    [InlineData("1-", 4, "'1-' is not a shard id")]
    [InlineData("-1", 4, "'-1' is not a shard id")]
    public void Rejects_bad_lists_naming_the_part(string text, int count, string expected)
    {
        Assert.False(ShardIdList.TryParse(text, count, out _, out string? error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_names_the_key_and_the_fix()
    {
        ValidateOptionsResult result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "t", ShardCount = 2, ShardIds = "1-2" });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ShardIds ('1-2') is invalid: shard 2 is not below Discord:ShardCount (2)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ShardIds_the_process_runs_ShardId()
    {
        Assert.Equal([3], new DiscordOptions { ShardId = 3, ShardCount = 4 }.ResolveShardIds());
        Assert.Equal([2, 3], new DiscordOptions { ShardId = 0, ShardCount = 4, ShardIds = "2-3" }.ResolveShardIds());
    }

    [Fact]
    public void The_shard_set_runs_one_client_per_shard_sharing_one_limiter()
    {
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Token"] = "t", ["ShardCount"] = "4", ["ShardIds"] = "2,3" })
            .Build();
        services.AddDiscordGateway(config);
        using ServiceProvider provider = services.BuildServiceProvider();

        var set = provider.GetRequiredService<DiscordShardSet>();

        Assert.Equal([2, 3], set.Shards.Select(s => s.ShardId));
        Assert.Same(set.Shards[0], provider.GetRequiredService<DiscordGatewayClient>());
        Assert.Same(set.Shards[0].IdentifyLimiter, set.Shards[1].IdentifyLimiter);
    }
}
