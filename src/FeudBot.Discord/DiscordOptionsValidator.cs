using Microsoft.Extensions.Options;

namespace FeudBot.Discord;

/// <summary>Source-generated validator for <see cref="DiscordOptions"/> (DataAnnotations + <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>).</summary>
[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
