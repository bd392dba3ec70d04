// Stand-in for nf-interpreter's src/CLR/Include/nanoCLR_Interop.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NANOCLR_INTEROP_H
#define NANOCLR_INTEROP_H

#include "nanoCLR_Types.h"

// nanoCLR_Interop.h:40-41 and 47-109: the configuration without VIRTUAL_DEVICE and NANOCLR_TRACE_HRESULT.
#define NANOCLR_LEAVE()  goto nanoCLR_Cleanup
#define NANOCLR_RETURN() return hr

#define NANOCLR_HEADER() HRESULT hr
#define NANOCLR_CHECK_HRESULT(expr)                                                                                    \
    {                                                                                                                  \
        if (FAILED(hr = (expr)))                                                                                       \
            NANOCLR_LEAVE();                                                                                           \
    }
#define NANOCLR_SET_AND_LEAVE(expr)                                                                                    \
    {                                                                                                                  \
        hr = (expr);                                                                                                   \
        NANOCLR_LEAVE();                                                                                               \
    }
#define NANOCLR_CLEANUP()                                                                                              \
    hr = S_OK;                                                                                                         \
    nanoCLR_Cleanup:
#define NANOCLR_CLEANUP_END() NANOCLR_RETURN()
#define NANOCLR_NOCLEANUP()                                                                                            \
    NANOCLR_CLEANUP();                                                                                                 \
    NANOCLR_CLEANUP_END()
#define NANOCLR_NOCLEANUP_NOLABEL()                                                                                    \
    hr = S_OK;                                                                                                         \
    NANOCLR_RETURN()
#define FAULT_ON_NULL(ptr)                                                                                             \
    if (!(ptr))                                                                                                        \
    NANOCLR_SET_AND_LEAVE(CLR_E_NULL_REFERENCE)
#define FAULT_ON_NULL_ARG(ptr)                                                                                         \
    if (!(ptr))                                                                                                        \
    NANOCLR_SET_AND_LEAVE(CLR_E_ARGUMENT_NULL)

// nanoCLR_Interop.h:136-165
struct CLR_RT_StackFrame;
struct CLR_RT_HeapBlock;

#define NANOCLR_NATIVE_DECLARE(mtd) static HRESULT mtd(CLR_RT_StackFrame &stack)

typedef HRESULT (*CLR_RT_MethodHandler)(CLR_RT_StackFrame &stack);

struct CLR_RT_NativeAssemblyData
{
    const char *m_szAssemblyName;
    unsigned int m_checkSum;
    const void *m_pNativeMethods;
    CLR_RECORD_VERSION m_Version;
};

#endif // NANOCLR_INTEROP_H
