using FeudBot.FakeDiscord;

namespace FeudBot.Benchmarks;

/// <summary>The <see cref="CallbackFloorClient"/>: the least any bot must do per interaction.</summary>
internal sealed class FloorSubject(CallbackFloorClient client) : ILoadSubject
{
    public static async Task<ILoadSubject> StartAsync(FakeDiscordServer discord, int concurrency) =>
        new FloorSubject(await CallbackFloorClient.ConnectAsync(discord, concurrency));

    public string Describe(bool memo) => "the FLOOR client (read frame, POST a fixed callback; no bot)";

    public void BeforeRun()
    {
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
