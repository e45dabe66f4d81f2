using FeudBot.Discord.Builders;
using FeudBot.Discord.Models;

namespace FeudBot.Discord.Tests.Rest;

/// <summary>Builders default to no pings and enforce Discord's limits.</summary>
public sealed class BuilderTests
{
    [Fact]
    public void Message_builder_defaults_to_parse_nothing()
    {
        MessagePayload message = MessageBuilder.Text("@everyone look");

        Assert.Equal([], message.AllowedMentions!.Parse!);
    }

    [Fact]
    public void Message_builder_can_opt_in_to_user_pings_and_sets_flags()
    {
        MessagePayload message = new MessageBuilder().WithContent("hi").AsEphemeral().SuppressEmbeds()
            .WithAllowedMentions(new AllowedMentions { Parse = ["users"] }).Build();

        Assert.Equal(["users"], message.AllowedMentions!.Parse!);
        Assert.Equal(MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds, message.Flags);
    }

    [Fact]
    public void Limits_are_enforced_with_clear_messages()
    {
        var tooLong = Assert.Throws<ArgumentException>(() => new MessageBuilder().WithContent(new string('x', 2001)));
        Assert.Contains("2001 characters; Discord allows 2000", tooLong.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new MessageBuilder().Build());
        Assert.Throws<ArgumentException>(() => Components.Button(new string('c', 101), "x"));
        Assert.Throws<ArgumentException>(() => Components.ActionRow(Components.StringSelect("s", [Components.Option("a", "a")]), Components.Button("b", "b")));
        var builder = new MessageBuilder().WithContent("x");
        for (int i = 0; i < 5; i++)
        {
            builder.AddActionRow(Components.Button($"b{i}", "B"));
        }

        Assert.Throws<InvalidOperationException>(() => builder.AddActionRow(Components.Button("b5", "B")));
    }

    [Fact]
    public void Embed_builder_truncates_fields_and_rejects_over_6000_total()
    {
        Embed embed = new EmbedBuilder().WithTitle(new string('t', 300)).AddField("n", new string('v', 2000)).WithFooter("f").Build();

        Assert.Equal(256, embed.Title!.Length);
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.Equal(1024, embed.Fields![0].Value.Length);
        var big = new EmbedBuilder().WithDescription(new string('d', 4096));
        big.AddField("a", new string('v', 1024)).AddField("b", new string('v', 1024));
        Assert.Throws<InvalidOperationException>(() => big.Build());
    }

    [Fact]
    public void Components_build_rows_buttons_and_selects()
    {
        Component row = Components.ActionRow(Components.Button("yes", "Yes", ButtonStyle.Success), Components.LinkButton("https://example.org", "Docs"));
        Component select = Components.StringSelect("pick", [Components.Option("One", "1", "first"), Components.Option("Two", "2")], "Choose");

        Assert.Equal(ComponentType.ActionRow, row.Type);
        Assert.Equal((int)ButtonStyle.Link, row.Components![1].Style);
        Assert.Null(row.Components[1].CustomId);
        Assert.Equal(2, select.Options!.Count);
        Assert.Equal(1, select.MinValues);
    }
}
