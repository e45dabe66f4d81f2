namespace FeudBot.Discord.Models;

/// <summary>
/// Body of <c>POST /interactions/{id}/{token}/callback</c>. Use the factories: they pick the type
/// and the data shape Discord expects for it.
/// </summary>
public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; set; }
    public InteractionCallbackData? Data { get; set; }

    /// <summary>Type 4: reply with a message now.</summary>
    public static InteractionResponse Message(MessagePayload message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = InteractionCallbackData.FromMessage(message) };

    /// <summary>Type 5: acknowledge now ("thinking…"), then edit @original within 15 minutes.</summary>
    public static InteractionResponse Deferred(bool ephemeral = false) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
    };

    /// <summary>Type 6: components only; acknowledge without a loading state.</summary>
    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    /// <summary>Type 7: components only; edit the message the component is on.</summary>
    public static InteractionResponse Update(MessagePayload message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = InteractionCallbackData.FromMessage(message) };

    /// <summary>Type 8: autocomplete suggestions (at most 25 are sent).</summary>
    public static InteractionResponse Autocomplete(IEnumerable<CommandOptionChoice> choices) => new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new InteractionCallbackData { Choices = choices.Take(25).ToArray() },
    };

    /// <summary>Type 9: open a modal with 1-5 action rows of text inputs.</summary>
    public static InteractionResponse Modal(string customId, string title, IReadOnlyList<Component> components) => new()
    {
        Type = InteractionCallbackType.Modal,
        Data = new InteractionCallbackData { CustomId = customId, Title = title, Components = components },
    };
}
