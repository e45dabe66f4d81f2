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
public class GatewayInteractionDecodeBenchmark
{
    private byte[] _frame = [];

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
    }

    [Benchmark]
    public GatewayDispatch? FrameToTypedInteraction() => DispatchDecoder.DecodeFrame(_frame);

    [Benchmark]
    public int EnvelopeOnly() => GatewayEnvelope.Parse(_frame).DataLength;
}
