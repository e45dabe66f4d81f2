using Microsoft.Extensions.Options;

namespace FeudBot.Bot;

/// <summary>Source-generated validation of <see cref="BotOptions"/> (and its nested cooldown), run at start.</summary>
[OptionsValidator]
public sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>;
