using Microsoft.Extensions.Options;

namespace FeudBot.Llm;

/// <summary>
/// Source-generated validation of <see cref="LlmOptions"/> (DataAnnotations plus
/// <see cref="LlmOptions.Validate"/>), registered with <c>ValidateOnStart()</c> so bad settings stop the
/// host at boot with a message naming the key.
/// </summary>
[OptionsValidator]
public sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>;
