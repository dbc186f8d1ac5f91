using Hub.Statistics.Export;

namespace Hub.Tests.Statistics.Export;

/// <summary>The one rule for every CSV field the Hub writes in C#: OWASP's defence against CSV injection, RFC 4180 quoting.</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "\"'=HYPERLINK(\"\"https://evil.example\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void TextThatWouldStartAFormulaIsWrittenAsQuotedText(string value, string field) =>
        Assert.Equal(field, CsvField.Text(value));

    [Theory]
    [InlineData("F", "F")]
    [InlineData("65+", "65+")]
    [InlineData("_T", "_T")]
    [InlineData("", "")]
    [InlineData("Stockholm, Solna", "\"Stockholm, Solna\"")]
    [InlineData("a \"b\"", "\"a \"\"b\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("x;=1+1", "\"x;=1+1\"")] // Excel in a Swedish locale splits at ';'
    public void OtherTextIsQuotedOnlyWhereNeeded(string value, string field) =>
        Assert.Equal(field, CsvField.Text(value));

    [Fact]
    public void CountsStayNumbers()
    {
        Assert.Equal("0", CsvField.Number(0));
        Assert.Equal("1234567", CsvField.Number(1_234_567));
        Assert.Equal("", CsvField.Number(null));
    }
}
