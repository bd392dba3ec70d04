using System;
using System.Collections.Generic;
using I2sConnectionSettings = global::System.Device.I2s.I2sConnectionSettings;

namespace I2sGen.Tests.Stock;

/// <summary>
/// A host model of the stock firmware's ESP32 natives, transcribed from nf-interpreter
/// targets/ESP32/_nanoCLR/System.Device.I2s/sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp@a3e8139 and the
/// pin map of targets/ESP32/_common/DeviceMapping_common.cpp: <c>SetI2sConfig</c> (bus = BusId - 1, get_dma_bits,
/// get_dma_buf_count, the legacy driver's [2, 128] buffer check), <c>Read</c> (always blocking; 32-bit DMA slots
/// converted 240 bytes at a time through i2s_frame_map) and <c>Write</c> (32-bit samples swapped in pairs in the
/// buffer it is given). The DMA side is ESP-IDF's legacy driver: stereo formats (RightLeft, AllRight, AllLeft) fill
/// frames of two slots in the order the frame map undoes (right word, then left word), mono formats one slot.
/// The microphone on the wire is <see cref="Wire"/>: the 32-bit left and right slot values of frame n.
/// </summary>
internal static class StockFirmwareModel
{
    private const int TransformBufferBytes = 240;
    private const int RxFrameBytes = 8;

    private static readonly int[][] FrameMap =
    {
        new[] { 7, -1, -1, -1, -1, -1, -1, -1 },
        new[] { 6, 7, -1, -1, -1, -1, -1, -1 },
        new[] { 5, 6, 7, -1, -1, -1, -1, -1 },
        new[] { 4, 5, 6, 7, -1, -1, -1, -1 },
        new[] { 7, 3, -1, -1, -1, -1, -1, -1 },
        new[] { 6, 7, 2, 3, -1, -1, -1, -1 },
        new[] { 5, 6, 7, 1, 2, 3, -1, -1 },
        new[] { 4, 5, 6, 7, 0, 1, 2, 3 },
    };

    private static readonly Dictionary<int, int> PinMap = new();
    private static readonly List<byte> DmaQueue = new();
    private static long s_nextFrame;

    /// <summary>The slot values the microphone puts on the wire for frame n (left, right).</summary>
    public static Func<long, (uint Left, uint Right)> Wire { get; set; } = static _ => (0, 0);

    /// <summary>The DMA buffer count the driver was installed with (dma_desc_num), or -1.</summary>
    public static int DmaDescNum { get; private set; } = -1;

    /// <summary>The slot width the driver was installed with (get_dma_bits).</summary>
    public static int DmaBits { get; private set; }

    /// <summary>What reached the DMA on writes, after the firmware's swap.</summary>
    public static List<byte> Written { get; } = new();

    public static void Reset()
    {
        PinMap.Clear();
        DmaQueue.Clear();
        Written.Clear();
        s_nextFrame = 0;
        DmaDescNum = -1;
        DmaBits = 0;
    }

    /// <summary>The GPIO mapped to a DeviceFunction (0x00DDIIFF), or -1: Esp32_GetMappedDevicePins.</summary>
    public static int MappedPin(int function) => PinMap.TryGetValue(function, out var pin) ? pin : -1;

    public static void SetPinFunction(int pin, int function)
    {
        // Esp32_SetMappedDevicePins: I2S accepts bus byte 1..2 (index <= 1) and pin index <= 4; others are ignored.
        var bus = ((function >> 8) & 0xFF) - 1;
        if (((function >> 16) & 0xFF) == 6 && bus is >= 0 and <= 1 && (function & 0xFF) <= 4)
        {
            PinMap[function] = pin;
        }
    }

    public static void NativeInit(I2sConnectionSettings settings)
    {
        var bus = settings.BusId - 1;
        if (bus is not (0 or 1))
        {
            throw new ArgumentException("CLR_E_INVALID_PARAMETER: bus");
        }

        var mode = (int)settings.Mode;
        var bits = (int)settings.BitsPerSample;
        DmaBits = mode == ((int)global::System.Device.I2s.I2sMode.Master | (int)global::System.Device.I2s.I2sMode.Tx) ? bits : 32;
        var frameBytes = DmaBits / 8 * (settings.ChannelFormat == global::System.Device.I2s.I2sChannelFormat.RightLeft ? 2 : 1);
        DmaDescNum = settings.BufferSize / (256 * frameBytes);
        if (DmaDescNum is < 2 or > 128)
        {
            // i2s_driver_install: ESP_ERR_INVALID_ARG -> CLR_E_INVALID_PARAMETER.
            throw new ArgumentException("CLR_E_INVALID_PARAMETER: dma_desc_num " + DmaDescNum);
        }
    }

    public static void NativeDispose(I2sConnectionSettings settings) => DmaQueue.Clear();

    public static void Read(I2sConnectionSettings settings, SpanByte buffer)
    {
        var bits = (int)settings.BitsPerSample;
        var format = (int)settings.ChannelFormat;
        var channels = format == 0 ? 2 : 1;
        var appbufSampleBytes = bits / 8 * channels;
        var map = FrameMap[(format != 0 ? 0 : 4) + (bits / 8) - 1];
        var needed = buffer.Length * (RxFrameBytes / appbufSampleBytes);
        var output = buffer.HostStart;
        while (needed > 0)
        {
            var chunk = Math.Min(TransformBufferBytes, needed);
            var dma = TakeDma(format, chunk);
            for (var frame = 0; frame + RxFrameBytes <= dma.Length; frame += RxFrameBytes)
            {
                foreach (var index in map)
                {
                    if (index >= 0)
                    {
                        buffer.HostArray[output++] = dma[frame + index];
                    }
                }
            }

            needed -= chunk;
        }
    }

    public static void Write(I2sConnectionSettings settings, SpanByte buffer)
    {
        if (settings.BitsPerSample == global::System.Device.I2s.I2sBitsPerSample.Bit32)
        {
            // swap_32_bit_stereo_channels, in the buffer it was given.
            for (var i = buffer.HostStart; i + 8 <= buffer.HostStart + buffer.Length; i += 8)
            {
                for (var b = 0; b < 4; b++)
                {
                    (buffer.HostArray[i + b], buffer.HostArray[i + 4 + b]) = (buffer.HostArray[i + 4 + b], buffer.HostArray[i + b]);
                }
            }
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            Written.Add(buffer.HostArray[buffer.HostStart + i]);
        }
    }

    // i2s_read: the bytes the legacy driver's DMA holds, in 32-bit slots (receive always runs 32-bit), blocking until
    // there are enough (the microphone never stops).
    private static byte[] TakeDma(int format, int count)
    {
        while (DmaQueue.Count < count)
        {
            var (left, right) = Wire(s_nextFrame++);
            if (format is 0 or 1 or 2)
            {
                // Stereo slot mode; AllLeft/AllRight load one channel into both slots.
                var first = format == 2 ? left : right;
                var second = format == 1 ? right : left;
                AddWord(first);
                AddWord(second);
            }
            else
            {
                AddWord(format == 4 ? left : right);
            }
        }

        var taken = DmaQueue.GetRange(0, count).ToArray();
        DmaQueue.RemoveRange(0, count);
        return taken;
    }

    private static void AddWord(uint value)
    {
        DmaQueue.Add((byte)value);
        DmaQueue.Add((byte)(value >> 8));
        DmaQueue.Add((byte)(value >> 16));
        DmaQueue.Add((byte)(value >> 24));
    }
}
