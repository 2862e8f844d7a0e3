using Portal.Web.Features.Organizations;

namespace Portal.Tests.Rules;

public sealed class BusinessNumberRules
{
    [Theory]
    [InlineData("123456782")]
    [InlineData("123 456 782")]
    [InlineData("123-456-782")]
    public void A_nine_digit_number_with_a_correct_check_digit_is_valid(string input)
    {
        Assert.Null(BusinessNumber.Validate(input));
        Assert.Equal("123456782", BusinessNumber.Normalize(input));
    }

    [Theory]
    [InlineData("123456789", BusinessNumberProblem.CheckDigit)]
    [InlineData("123456783", BusinessNumberProblem.CheckDigit)]
    [InlineData("000000000", BusinessNumberProblem.CheckDigit)]
    [InlineData("12345678", BusinessNumberProblem.WrongLength)]
    [InlineData("1234567820", BusinessNumberProblem.WrongLength)]
    [InlineData("12345678A", BusinessNumberProblem.NotDigits)]
    [InlineData("123456782RT0001", BusinessNumberProblem.NotDigits)]
    [InlineData("", BusinessNumberProblem.Missing)]
    [InlineData(null, BusinessNumberProblem.Missing)]
    public void Anything_else_is_refused_with_the_reason(string? input, BusinessNumberProblem expected) =>
        Assert.Equal(expected, BusinessNumber.Validate(input));

    [Fact]
    public void Changing_any_one_digit_of_a_valid_number_is_caught()
    {
        const string valid = "123456782";
        for (var position = 0; position < valid.Length; position++)
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == valid[position]) continue;
                var typo = valid[..position] + digit + valid[(position + 1)..];
                Assert.False(BusinessNumber.IsValid(typo), typo);
            }
    }
}
