// Host shim of the nanoCLR interop API: see nanoclr_shim.h.
#include "nanoclr_shim.h"

#include <new>
#include <stdlib.h>
#include <string.h>

static int s_protectedNow;
static int s_protectedPeak;

// Writes this value through a by-ref argument, as the interpreter does for `ref int`.
HRESULT CLR_RT_HeapBlock::StoreToReference(CLR_RT_HeapBlock &ref, int size)
{
    (void)size;
    if (ref.DataType() != DATATYPE_BYREF || ref.Dereference() == nullptr)
    {
        return CLR_E_WRONG_TYPE;
    }

    *ref.Dereference() = *this;
    return S_OK;
}

// Reads the value a by-ref argument points to.
HRESULT CLR_RT_HeapBlock::LoadFromReference(CLR_RT_HeapBlock &ref)
{
    if (ref.DataType() != DATATYPE_BYREF || ref.Dereference() == nullptr)
    {
        return CLR_E_WRONG_TYPE;
    }

    *this = *ref.Dereference();
    return S_OK;
}

// As CLR_RT_StackFrame.cpp: the result is pushed on the evaluation stack.
void CLR_RT_StackFrame::SetResult_I4(CLR_INT32 val)
{
    CLR_RT_HeapBlock &top = PushValue();
    top.SetInteger(val);
}

CLR_RT_ProtectFromGC *CLR_RT_ProtectFromGC::s_first = nullptr;

void CLR_RT_ProtectFromGC::Initialize(CLR_RT_HeapBlock &ref)
{
    m_next = s_first;
    s_first = this;
    m_data = (void **)&ref;
    m_fpn = nullptr;
    m_flags = c_HeapBlock;
    s_protectedNow++;
    if (s_protectedNow > s_protectedPeak)
    {
        s_protectedPeak = s_protectedNow;
    }
}

void CLR_RT_ProtectFromGC::Cleanup()
{
    CLR_RT_ProtectFromGC **link = &s_first;
    while (*link != nullptr && *link != this)
    {
        link = &(*link)->m_next;
    }

    if (*link == this)
    {
        *link = m_next;
        s_protectedNow--;
    }
}

namespace shim
{

Frame::Frame() : args(), eval(), stack()
{
    for (CLR_RT_HeapBlock &arg : args)
    {
        arg.SetInteger(0);
    }

    stack.m_arguments = args;
    stack.m_evalStack = eval;
    stack.m_evalStackPos = eval;
    stack.m_evalStackEnd = eval + 4;
}

bool Frame::HasResult() const
{
    return stack.m_evalStackPos == eval + 1;
}

CLR_INT32 Frame::Result()
{
    return stack.TopValue().NumericByRef().s4;
}

CLR_RT_HeapBlock_Array *NewByteArray(CLR_UINT32 length)
{
    void *memory = calloc(1, sizeof(CLR_RT_HeapBlock_Array) + length);
    if (memory == nullptr)
    {
        abort();
    }

    CLR_RT_HeapBlock_Array *array = new (memory) CLR_RT_HeapBlock_Array();
    array->m_numOfElements = length;
    array->m_typeOfElement = DATATYPE_U1;
    array->m_sizeOfElement = 1;
    return array;
}

void FreeByteArray(CLR_RT_HeapBlock_Array *array)
{
    if (array != nullptr)
    {
        array->~CLR_RT_HeapBlock_Array();
        free(array);
    }
}

SpanByte::SpanByte(CLR_RT_HeapBlock_Array *array, CLR_INT32 start, CLR_INT32 length) : blocks()
{
    blocks[0].SetInteger(0);
    blocks[1].SetObjectReference(array);
    blocks[2].SetInteger(start);
    blocks[3].SetInteger(length);
}

int ProtectedNow()
{
    return s_protectedNow;
}

int ProtectedPeak()
{
    return s_protectedPeak;
}

void ResetProtectedPeak()
{
    s_protectedPeak = s_protectedNow;
}

} // namespace shim
