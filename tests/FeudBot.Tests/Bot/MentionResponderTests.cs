using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;

namespace FeudBot.Tests.Bot;

public sealed class MentionResponderTests
{
    private const ulong BotId = 555;

    private static BotMention Mention(string content, ulong? guild = 1, ulong author = 42, bool isBot = false, params ulong[] mentions) =>
        new(MessageId: 9000 + (ulong)content.Length, ChannelId: 77, guild, author, isBot, content, mentions);

    [Fact]
    public async Task A_mention_gets_the_answer_as_a_reply_without_the_mention_markup()
    {
        using var bot = new BotFixture();
        var message = Mention($"<@{BotId}> When did Musk sue OpenAI?", mentions: BotId);

        await bot.Get<MentionResponder>().HandleAsync(message, BotId, bot.Time.GetTimestamp(), default);

        var call = Assert.Single(bot.Callbacks.Calls);
        Assert.Equal(("reply", message.MessageId), (call.Call, call.Id));
        Assert.Equal("When did Musk sue OpenAI?", bot.Answerer.Last.Question);
        Assert.Null(bot.Answerer.Last.Hint);
        Assert.Equal("Musk sued OpenAI in 2024.", Assert.IsType<BotMessage>(call.Payload).Embeds[0].Description);
    }

    [Fact]
    public async Task A_dm_is_answered_without_a_mention()
    {
        using var bot = new BotFixture();
        await bot.Get<MentionResponder>().HandleAsync(Mention("馬斯克何時創立xAI？", guild: null), BotId, bot.Time.GetTimestamp(), default);
        Assert.Single(bot.Callbacks.Calls);
    }

    [Theory]
    [InlineData(true, 42ul, true)]      // another bot
    [InlineData(false, BotId, true)]    // itself
    [InlineData(false, 42ul, false)]    // a guild message that does not mention it
    public async Task Bots_itself_and_unmentioned_guild_messages_are_ignored(bool isBot, ulong author, bool mentioned)
    {
        using var bot = new BotFixture();
        var message = Mention($"<@{BotId}> hi there", author: author, isBot: isBot, mentions: mentioned ? [BotId] : []);

        await bot.Get<MentionResponder>().HandleAsync(message, BotId, bot.Time.GetTimestamp(), default);

        Assert.Empty(bot.Callbacks.Calls);
        Assert.Equal(0, bot.Answerer.Calls);
    }

    [Fact]
    public async Task Mentions_can_be_switched_off()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:AnswerMentions"] = "false" });
        await bot.Get<MentionResponder>().HandleAsync(Mention("hello?", guild: null), BotId, bot.Time.GetTimestamp(), default);
        Assert.Empty(bot.Callbacks.Calls);
    }

    [Fact]
    public async Task A_bare_mention_gets_a_usage_hint_and_a_repeat_is_ignored()
    {
        using var bot = new BotFixture();
        var message = Mention($"<@!{BotId}>", mentions: BotId);
        var responder = bot.Get<MentionResponder>();

        await responder.HandleAsync(message, BotId, bot.Time.GetTimestamp(), default);
        await responder.HandleAsync(message, BotId, bot.Time.GetTimestamp(), default);

        var reply = Assert.IsType<BotMessage>(Assert.Single(bot.Callbacks.Calls).Payload);
        Assert.StartsWith("Mention me with a question", reply.Content);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public void Only_the_bots_own_mention_is_stripped() =>
        Assert.Equal("ask <@123> about it", MentionResponder.StripMentions($"<@{BotId}> ask <@123> about it", BotId));
}
