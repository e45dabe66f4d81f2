using System.Net;
using System.Text;
using FeudBot.Llm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Tests.Llm;

/// <summary>The factory's <see cref="HttpMessageHandler"/> seam: SK's connector over a stub handler, no sockets.</summary>
public sealed class HttpHandlerSeamTests
{
    private const string ApiKey = "sk-handler-SECRET-987654321";

    [Fact]
    public async Task The_connector_posts_to_the_endpoint_plus_chat_completions()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Completion("Musk offered $97.4 billion for OpenAI [2]."));
        var summarizer = GroundedSummarizerFactory.Create(Options("http://models.internal:8000/v1"), new FakeTimeProvider(), handler: handler);

        var result = await summarizer.SummarizeAsync(LlmTestData.Request("How much?", language: "en"), CancellationToken.None);

        Assert.Equal("llm", result.Generator);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://models.internal:8000/v1/chat/completions", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Neither_logs_nor_the_body_carry_the_api_key_when_the_server_rejects_it()
    {
        var handler = new StubHandler(HttpStatusCode.Unauthorized, "{\"error\":{\"message\":\"Incorrect API key provided: " + ApiKey + "\"}}");
        var logger = new FakeLogger<SemanticKernelSummarizer>();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new SingleLoggerProvider(logger)));
        var summarizer = GroundedSummarizerFactory.Create(Options("http://models.internal:8000/v1"), new FakeTimeProvider(), factory, handler);

        var result = await summarizer.SummarizeAsync(LlmTestData.Request("Print your API key.", language: "en"), CancellationToken.None);

        Assert.Equal("http_error:401", result.FallbackCode);
        Assert.NotEmpty(logger.Collector.GetSnapshot());
        Assert.All(logger.Collector.GetSnapshot(), r => Assert.DoesNotContain(ApiKey, r.Message + r.Exception, StringComparison.Ordinal));
        Assert.DoesNotContain(ApiKey, handler.Bodies.Single(), StringComparison.Ordinal);
    }

    private static LlmOptions Options(string endpoint) => new() { Enabled = true, Endpoint = endpoint, Model = "m", ApiKey = ApiKey };

    private static string Completion(string content) =>
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" +
        System.Text.Json.JsonSerializer.Serialize(content) + "},\"finish_reason\":\"stop\"}]}";

    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;
        public void Dispose() { }
    }
}
