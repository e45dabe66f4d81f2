using System.Text.Json;

namespace FeudBot.Discord.Tests.Json;

/// <summary>Semantic JSON comparison: every value in <c>written</c> must exist with the same value in <c>original</c>.</summary>
internal static class JsonSubset
{
    public static void AssertSubset(JsonElement original, JsonElement written, string path = "$")
    {
        switch (written.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(original.ValueKind == JsonValueKind.Object, $"{path}: expected an object in the original");
                foreach (JsonProperty property in written.EnumerateObject())
                {
                    Assert.True(original.TryGetProperty(property.Name, out JsonElement o), $"{path}.{property.Name} was invented by the serializer");
                    AssertSubset(o, property.Value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(original.GetArrayLength(), written.GetArrayLength());
                for (int i = 0; i < written.GetArrayLength(); i++)
                {
                    AssertSubset(original[i], written[i], $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number when original.ValueKind == JsonValueKind.Number:
                Assert.True(original.GetDecimal() == written.GetDecimal(), $"{path}: {original} != {written}");
                break;
            case JsonValueKind.String when original.ValueKind == JsonValueKind.String && original.TryGetDateTimeOffset(out DateTimeOffset a):
                Assert.True(written.TryGetDateTimeOffset(out DateTimeOffset b) && a == b, $"{path}: {original} != {written}");
                break;
            case JsonValueKind.String:
                Assert.True(original.ValueKind == JsonValueKind.String && original.GetString() == written.GetString(), $"{path}: {original.GetRawText()} != {written.GetRawText()}");
                break;
            default:
                Assert.True(original.GetRawText() == written.GetRawText(), $"{path}: {original.GetRawText()} != {written.GetRawText()}");
                break;
        }
    }
}
