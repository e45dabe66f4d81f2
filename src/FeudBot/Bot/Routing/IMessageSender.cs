using FeudBot.Bot.Messages;

namespace FeudBot.Bot.Routing;

/// <summary>
/// Sends a reply to a channel message: <c>POST /channels/{channel_id}/messages</c> with a
/// <c>message_reference</c> (https://discord.com/developers/docs/resources/message#create-message).
/// </summary>
public interface IMessageSender
{
    Task ReplyAsync(ulong channelId, ulong replyToMessageId, BotMessage message, CancellationToken cancellationToken);
}
