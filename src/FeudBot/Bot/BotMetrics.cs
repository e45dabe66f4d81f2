using System.Diagnostics;
using System.Diagnostics.Metrics;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot;

/// <summary>
/// The bot's counters on the <c>FeudBot</c> meter (System.Diagnostics.Metrics; read them with
/// <c>dotnet-counters monitor -n feudbot --counters FeudBot</c>).
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "FeudBot";

    private readonly Counter<long> _interactions;
    private readonly Counter<long> _declines;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _reconnects;
    private readonly Histogram<double> _latency;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _interactions = meter.CreateCounter<long>("feudbot.interactions", description: "Interactions and mentions handled, by command and outcome");
        _declines = meter.CreateCounter<long>("feudbot.declines", description: "Questions the note does not cover");
        _errors = meter.CreateCounter<long>("feudbot.errors", description: "Interactions that failed (the user got an apology)");
        _reconnects = meter.CreateCounter<long>("feudbot.gateway.reconnects", description: "Gateway sessions resumed or re-identified after the first");
        _latency = meter.CreateHistogram<double>("feudbot.interaction.duration", unit: "ms", description: "From dispatch to response sent");
    }

    public void Handled(string command, InteractionOutcome outcome, double milliseconds)
    {
        // TagList stays on the stack for up to 8 tags: no array and no lower-cased string per interaction.
        var tags = new TagList { { "command", command }, { "outcome", OutcomeTag(outcome) } };
        _interactions.Add(1, tags);
        _latency.Record(milliseconds, tags);
        if (outcome == InteractionOutcome.Declined) _declines.Add(1);
        if (outcome == InteractionOutcome.Error) _errors.Add(1);
    }

    public void GatewayReconnected() => _reconnects.Add(1);

    private static string OutcomeTag(InteractionOutcome outcome) => outcome switch
    {
        InteractionOutcome.Answered => "answered",
        InteractionOutcome.Declined => "declined",
        InteractionOutcome.Refused => "refused",
        InteractionOutcome.Error => "error",
        InteractionOutcome.Expired => "expired",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
