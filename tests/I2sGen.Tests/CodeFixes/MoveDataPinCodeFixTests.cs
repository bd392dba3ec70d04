using System.Threading.Tasks;
using I2sGen.CodeFixes;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

public sealed class MoveDataPinCodeFixTests
{
    private const string Common = "Bck = 14, Ws = 13, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    [Fact]
    public Task MovesSdoutToSdinForReceive() => CodeFixTest<MoveDataPinCodeFix>.VerifyAsync(
        $"[I2s(Mode = I2sMode.MasterRx, {{|I2S0101:Sdout = 32|}}, {Common})]\npublic partial class Mic {{ }}\n",
        $"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {Common})]\npublic partial class Mic {{ }}\n");

    [Fact]
    public Task MovesSdinToSdoutForTransmit() => CodeFixTest<MoveDataPinCodeFix>.VerifyAsync(
        $"[I2s(Mode = I2sMode.MasterTx, {{|I2S0102:Sdin = 27|}}, {Common})]\npublic partial class Amp {{ }}\n",
        $"[I2s(Mode = I2sMode.MasterTx, Sdout = 27, {Common})]\npublic partial class Amp {{ }}\n");

    [Fact]
    public Task RemovesTheDataPinTheModeDoesNotUse() => CodeFixTest<MoveDataPinCodeFix>.VerifyAsync(
        $"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {{|I2S0103:Sdout = 27|}}, {Common})]\npublic partial class Mic {{ }}\n",
        $"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {Common})]\npublic partial class Mic {{ }}\n");

    [Fact]
    public Task FixAllMovesEveryDataPin() => CodeFixTest<MoveDataPinCodeFix>.VerifyAsync(
        $"[I2s(Mode = I2sMode.MasterRx, {{|I2S0101:Sdout = 32|}}, {Common})]\npublic partial class Mic {{ }}\n"
        + $"[I2s(Bus = 1, Mode = I2sMode.MasterRx, {{|I2S0101:Sdout = 33|}}, Bck = 21, Ws = 22, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic2 {{ }}\n",
        $"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {Common})]\npublic partial class Mic {{ }}\n"
        + "[I2s(Bus = 1, Mode = I2sMode.MasterRx, Sdin = 33, Bck = 21, Ws = 22, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic2 { }\n");
}
