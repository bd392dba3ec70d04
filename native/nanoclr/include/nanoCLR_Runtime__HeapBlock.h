// Stand-in for nf-interpreter's src/CLR/Include/nanoCLR_Runtime__HeapBlock.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NANOCLR_RUNTIME__HEAPBLOCK_H
#define NANOCLR_RUNTIME__HEAPBLOCK_H

#include "nanoCLR_Interop.h"
#include "nanoCLR_Types.h"

// nanoCLR_Runtime__HeapBlock.h:11-12
#define CLR_RT_HEAPBLOCK_RAW_ID(dataType, flags, size)                                                                 \
    ((dataType & 0x000000FF) | ((flags & 0x000000FF) << 8) | ((size & 0x0000FFFF) << 16))

struct CLR_RT_HeapBlock_Array;

// nanoCLR_Runtime__HeapBlock.h:91: the members below keep the real ones' names, signatures and meaning; the union
// holds only the numeric and object-reference views.
struct CLR_RT_HeapBlock
{
  private:
    union CLR_RT_HeapBlock_Id {
        struct Type
        {
            CLR_UINT8 dataType;
            CLR_UINT8 flags;
            CLR_UINT16 size;
        } type;

        CLR_UINT32 raw;
    } m_id;

    union CLR_RT_HeapBlock_AtomicData {
        union Numeric {
            CLR_UINT8 u1;
            CLR_UINT16 u2;
            CLR_UINT32 u4;
            CLR_INT8 s1;
            CLR_INT16 s2;
            CLR_INT32 s4;
        } numeric;

        struct ObjectReference
        {
            CLR_RT_HeapBlock *ptr;
        } objectReference;
    } m_data;

  public:
    // :769-772
    CLR_DataType DataType() const
    {
        return (CLR_DataType)m_id.type.dataType;
    }

    // :939-942
    void SetInteger(const CLR_INT32 num)
    {
        m_id.raw = CLR_RT_HEAPBLOCK_RAW_ID(DATATYPE_I4, 0, 1);
        m_data.numeric.s4 = num;
    }

    // :1005-1009
    void SetObjectReference(const CLR_RT_HeapBlock *ptr)
    {
        m_id.raw = CLR_RT_HEAPBLOCK_RAW_ID(DATATYPE_OBJECT, 0, 1);
        m_data.objectReference.ptr = (CLR_RT_HeapBlock *)ptr;
    }

    // :1030-1049 (the stand-in has no value-type boxes, so the reference is always to dst itself)
    void SetReference(CLR_RT_HeapBlock &dst)
    {
        m_id.raw = CLR_RT_HEAPBLOCK_RAW_ID(DATATYPE_BYREF, 0, 1);
        m_data.objectReference.ptr = &dst;
    }

    // :1113-1116
    CLR_RT_HeapBlock_AtomicData::Numeric &NumericByRef()
    {
        return m_data.numeric;
    }

    // :1210-1213
    CLR_RT_HeapBlock *Dereference() const
    {
        return m_data.objectReference.ptr;
    }

    // :1223-1226
    CLR_RT_HeapBlock_Array *DereferenceArray() const
    {
        return (CLR_RT_HeapBlock_Array *)Dereference();
    }

    // :1355-1356
    HRESULT LoadFromReference(CLR_RT_HeapBlock &ref);
    HRESULT StoreToReference(CLR_RT_HeapBlock &ref, int size);
};

// :1822-1847
struct CLR_RT_HeapBlock_Array : public CLR_RT_HeapBlock
{
    CLR_UINT32 m_numOfElements;
    CLR_UINT8 m_typeOfElement;
    CLR_UINT8 m_sizeOfElement;
    CLR_UINT8 m_fReference;
    CLR_UINT8 m_pad;

    CLR_UINT8 *GetFirstElement()
    {
        return ((CLR_UINT8 *)&this[1]);
    }

    CLR_UINT8 *GetElement(CLR_UINT32 index)
    {
        return GetFirstElement() + m_sizeOfElement * index;
    }
};

#endif // NANOCLR_RUNTIME__HEAPBLOCK_H
