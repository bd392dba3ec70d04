// Host shim of the nanoCLR interop API that I2sGen's generated glue uses: the out-of-line members the stand-in
// headers declare (StoreToReference, SetResult_I4, CLR_RT_ProtectFromGC) and helpers that lay out what the
// interpreter hands a native method: argument heap blocks, byte[] arrays (elements right after the array header,
// as CLR_RT_HeapBlock_Array::GetFirstElement expects), SpanByte objects (fields 1..3) and by-ref int arguments.
#ifndef NANOCLR_SHIM_H
#define NANOCLR_SHIM_H

#include <nanoCLR_Runtime.h>

namespace shim
{

// A stack frame with room for eight arguments and a small evaluation stack.
struct Frame
{
    CLR_RT_HeapBlock args[8];
    CLR_RT_HeapBlock eval[4];
    CLR_RT_StackFrame stack;

    Frame();

    // True once the native method has set its result.
    bool HasResult() const;

    // The Int32 result the native method set.
    CLR_INT32 Result();
};

// A managed byte[] of length elements, zeroed. Released with FreeByteArray.
CLR_RT_HeapBlock_Array *NewByteArray(CLR_UINT32 length);
void FreeByteArray(CLR_RT_HeapBlock_Array *array);

// A boxed System.SpanByte: block 0 is the object header, blocks 1..3 are _array, _start and _length.
struct SpanByte
{
    CLR_RT_HeapBlock blocks[4];

    SpanByte(CLR_RT_HeapBlock_Array *array, CLR_INT32 start, CLR_INT32 length);
};

// The number of CLR_RT_ProtectFromGC guards alive, and the most that were alive at once since the last reset.
int ProtectedNow();
int ProtectedPeak();
void ResetProtectedPeak();

} // namespace shim

#endif // NANOCLR_SHIM_H
