// Stand-in for nf-interpreter's src/CLR/Include/nanoCLR_Runtime.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NANOCLR_RUNTIME_H
#define NANOCLR_RUNTIME_H

#include "nanoCLR_Interop.h"
#include "nanoCLR_Runtime__HeapBlock.h"
#include "nanoCLR_Types.h"

// nanoCLR_Runtime.h:2157: the argument and evaluation-stack views of a managed stack frame.
struct CLR_RT_StackFrame
{
    CLR_RT_HeapBlock *m_evalStack;
    CLR_RT_HeapBlock *m_arguments;
    CLR_RT_HeapBlock *m_evalStackPos;
    CLR_RT_HeapBlock *m_evalStackEnd;

    // :2298
    void SetResult_I4(CLR_INT32 val);

    // :2338-2374
    CLR_RT_HeapBlock &Arg0() const
    {
        return m_arguments[0];
    }
    CLR_RT_HeapBlock &Arg1() const
    {
        return m_arguments[1];
    }
    CLR_RT_HeapBlock &Arg2() const
    {
        return m_arguments[2];
    }
    CLR_RT_HeapBlock &Arg3() const
    {
        return m_arguments[3];
    }
    CLR_RT_HeapBlock &Arg4() const
    {
        return m_arguments[4];
    }
    CLR_RT_HeapBlock &Arg5() const
    {
        return m_arguments[5];
    }
    CLR_RT_HeapBlock &ArgN(CLR_INT32 n) const
    {
        return m_arguments[n];
    }

    // :2376-2389
    CLR_RT_HeapBlock &TopValue()
    {
        return m_evalStackPos[-1];
    }
    CLR_RT_HeapBlock &PushValue()
    {
        return *m_evalStackPos++;
    }
};

// nanoCLR_Runtime.h:2514-2550: a scoped registration that keeps an object from being moved or collected.
struct CLR_RT_ProtectFromGC
{
    static const CLR_UINT32 c_Generic = 0x00000001;
    static const CLR_UINT32 c_HeapBlock = 0x00000002;
    static const CLR_UINT32 c_ResetKeepAlive = 0x00000004;

    typedef void (*Callback)(void *state);

    static CLR_RT_ProtectFromGC *s_first;

    CLR_RT_ProtectFromGC *m_next;
    void **m_data;
    Callback m_fpn;
    CLR_UINT32 m_flags;

    CLR_RT_ProtectFromGC(CLR_RT_HeapBlock &ref)
    {
        Initialize(ref);
    }
    ~CLR_RT_ProtectFromGC()
    {
        Cleanup();
    }

  private:
    void Initialize(CLR_RT_HeapBlock &ref);
    void Cleanup();
};

#endif // NANOCLR_RUNTIME_H
