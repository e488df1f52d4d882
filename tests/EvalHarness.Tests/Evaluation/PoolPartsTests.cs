using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class PoolPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    public async Task Run_EveryPart_RunsOnceThenWhatFollowsAfterAll(int parts)
    {
        var ran = new int[parts];
        var doneBeforeThen = -1;

        await PoolParts.Run(parts, p => Interlocked.Increment(ref ran[p]), () => doneBeforeThen = ran.Sum());

        Assert.All(ran, count => Assert.Equal(1, count));
        Assert.Equal(parts, doneBeforeThen);
    }

    [Fact]
    public async Task Run_PartThrows_FailsWithItsExceptionAndSkipsWhatFollows()
    {
        var followed = false;

        var task = PoolParts.Run(4, p =>
        {
            if (p == 2)
                throw new InvalidOperationException("part 2");
        }, () => followed = true);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        Assert.Equal("part 2", e.Message);
        Assert.False(followed);
    }

    [Fact]
    public async Task Run_WhatFollowsThrows_FailsWithItsException()
    {
        var task = PoolParts.Run(2, _ => { }, () => throw new IOException("disk full"));

        await Assert.ThrowsAsync<IOException>(() => task);
    }

    [Fact]
    public void Run_NoParts_Throws()
    {
        Action noParts = () => PoolParts.Run(0, _ => { });

        Assert.Throws<ArgumentOutOfRangeException>(noParts);
    }
}
