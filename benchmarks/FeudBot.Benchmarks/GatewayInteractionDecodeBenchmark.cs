using System.Text;
using BenchmarkDotNet.Attributes;
using FeudBot.Discord.Gateway;

namespace FeudBot.Benchmarks;

/// <summary>
/// From a received gateway frame (UTF-8 bytes) to a typed INTERACTION_CREATE: envelope scan plus
/// source-generated deserialization of <c>d</c>. Target: median under 5 µs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class GatewayInteractionDecodeBenchmark
{
    private byte[] _frame = [];
    private byte[] _docExample = [];

    [GlobalSetup]
    public void Setup()
    {
        // A chat-input command in a guild, shaped after Discord's documented example (about 1 KB).
        const string d = """
            {"app_permissions":"442368","application_id":"290926444748734465","channel":{"id":"645027906669510667","type":0,"name":"general","guild_id":"290926798626357999"},
            "channel_id":"645027906669510667","context":0,"data":{"id":"771825006014889984","name":"ask","options":[{"name":"question","type":3,"value":"When did the feud start?"}],"type":1},
            "entitlements":[],"guild_id":"290926798626357999","guild_locale":"en-US","id":"786008729715212338","locale":"en-US",
            "member":{"avatar":null,"deaf":false,"flags":0,"joined_at":"2017-03-13T19:19:14.040000+00:00","mute":false,"nick":null,"pending":false,"permissions":"2147483647","premium_since":null,"roles":["539082325061836999"],
            "user":{"avatar":"a_d5efa99b3eeaa7dd43acca82f5692432","discriminator":"1337","global_name":"Mason","id":"53908232506183680","public_flags":131141,"username":"Mason"}},
            "token":"aW50ZXJhY3Rpb246Nzg2MDA4NzI5NzE1MjEyMzM4OnRva2VuLXZhbHVlLXRoYXQtaXMtbG9uZy1lbm91Z2gtdG8tYmUtcmVhbGlzdGlj","type":2,"version":1,
            "authorizing_integration_owners":{"0":"290926798626357999"}}
            """;
        _frame = Encoding.UTF8.GetBytes($"{{\"t\":\"INTERACTION_CREATE\",\"s\":42,\"op\":0,\"d\":{d}}}");

        // Discord's own "Slash Commands > Example Interaction" (application-commands.mdx), as a dispatch.
        const string doc = """
            {"type":2,"token":"A_UNIQUE_TOKEN","member":{"user":{"id":"53908232506183680","username":"Mason","avatar":"a_d5efa99b3eeaa7dd43acca82f5692432","discriminator":"1337","public_flags":131141},
            "roles":["539082325061836999"],"premium_since":null,"permissions":"2147483647","pending":false,"nick":null,"mute":false,"joined_at":"2017-03-13T19:19:14.040000+00:00","is_pending":false,"deaf":false},
            "id":"786008729715212338","guild_id":"290926798626357999","app_permissions":"442368","guild_locale":"en-US","locale":"en-US",
            "data":{"options":[{"type":3,"name":"cardname","value":"The Gitrog Monster"}],"type":1,"name":"cardsearch","id":"771825006014889984"},"channel_id":"645027906669510667"}
            """;
        _docExample = Encoding.UTF8.GetBytes($"{{\"t\":\"INTERACTION_CREATE\",\"s\":42,\"op\":0,\"d\":{doc}}}");
    }

    [Benchmark]
    public GatewayDispatch? FrameToTypedInteraction() => DispatchDecoder.DecodeFrame(_frame);

    [Benchmark]
    public GatewayDispatch? DocExampleFrameToTypedInteraction() => DispatchDecoder.DecodeFrame(_docExample);

    [Benchmark]
    public int EnvelopeOnly() => GatewayEnvelope.Parse(_frame).DataLength;
}
