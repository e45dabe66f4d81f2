namespace FeudBot.Bot.Routing;

/// <summary>
/// A MESSAGE_CREATE the bot may answer (https://discord.com/developers/docs/events/gateway-events#message-create).
/// Without the MESSAGE_CONTENT intent, <see cref="Content"/> is filled only for DMs and messages that
/// mention the bot, which are exactly the ones it answers.
/// </summary>
/// <param name="MessageId">The message to reply to (<c>message_reference</c>).</param>
/// <param name="ChannelId">Where to reply.</param>
/// <param name="GuildId">Null in a DM.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="AuthorIsBot">Bots (and webhooks) are never answered: no reply loops.</param>
/// <param name="Content">The text, with mention markup.</param>
/// <param name="MentionedUserIds">Users the message mentions (<c>mentions[].id</c>).</param>
public sealed record BotMention(
    ulong MessageId,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    bool AuthorIsBot,
    string Content,
    IReadOnlyList<ulong> MentionedUserIds);
