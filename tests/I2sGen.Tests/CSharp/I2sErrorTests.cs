using System.Linq;
using System.Reflection;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>The esp_err_t table and the exception that carries a code.</summary>
public sealed class I2sErrorTests
{
    [Theory]
    [InlineData(0, "ESP_OK")]
    [InlineData(-1, "ESP_FAIL")]
    [InlineData(0x101, "ESP_ERR_NO_MEM")]
    [InlineData(0x102, "ESP_ERR_INVALID_ARG")]
    [InlineData(0x103, "ESP_ERR_INVALID_STATE")]
    [InlineData(0x104, "ESP_ERR_INVALID_SIZE")]
    [InlineData(0x105, "ESP_ERR_NOT_FOUND")]
    [InlineData(0x107, "ESP_ERR_TIMEOUT")]
    [InlineData(0x3000, "ESP_ERR_0x3000")]
    public void NamesFollowEspErrH(int code, string name)
    {
        Assert.Equal(name, I2sError.GetName(code));
    }

    [Fact]
    public void EveryConstantHasItsOwnName()
    {
        var codes = typeof(I2sError).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static field => field.IsLiteral)
            .Select(static field => (int)field.GetRawConstantValue()!)
            .ToList();

        var names = codes.Select(I2sError.GetName).ToList();

        Assert.Equal(15, codes.Count);
        Assert.All(names, static name => Assert.DoesNotContain("0x", name, System.StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void ExceptionCarriesCodeNameAndFunction()
    {
        var exception = new I2sException(I2sError.NoMemory, "inmp441_i2s_init");

        Assert.Equal(0x101, exception.ErrorCode);
        Assert.Equal("ESP_ERR_NO_MEM", exception.ErrorName);
        Assert.Equal("inmp441_i2s_init", exception.Function);
        Assert.Equal("inmp441_i2s_init failed with ESP_ERR_NO_MEM (0x101)", exception.Message);
    }
}
