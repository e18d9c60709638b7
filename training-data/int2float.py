#!/usr/bin/env python3
"""Turn an integer ("fast") Tesseract LSTM component into a float one.

Tesseract refuses `lstmtraining --continue_from` on integer models.  The
integer format keeps, for every weight matrix, int8 weights plus one scale per
output row; the row's float weights are int8 * scale (the scale written to disk
is max|w| / 127 of the original float row).  This script walks the serialized
network, replaces every int8 matrix by the equivalent float (double) matrix,
marks the network as trainable-from-here and clears the INT_MODE training flag.

Usage: int2float.py in.lstm out.lstm [OLD_PREFIX NEW_PREFIX [NEW=OLD,...]]
  in.lstm from `combine_tessdata -u old.traineddata OLD_PREFIX.`; with the two
  prefixes (unpacked old and new starter traineddata) the output softmax is
  also remapped to the new character set, so lstmtraining can continue from
  the result with the new traineddata and no --old_traineddata.  NEW=OLD pairs
  start a new character's output row as a copy of an old character's row
  (default: the mean of all old rows).

Only the layer kinds that occur in the stock Tesseract 4/5 models are handled
(Input, Convolve, Maxpool/Reconfig, Series/Parallel/Reversed, LSTM variants,
FullyConnected variants).  The format was worked out from the public Tesseract
sources (network.cpp, plumbing.cpp, lstm.cpp, weightmatrix.cpp, matrix.h,
lstmrecognizer.cpp); this is an independent implementation.
"""
import struct
import sys

INT8_FLAG, ADAM_FLAG, DOUBLE_FLAG = 1, 4, 128
NF_LAYER_SPECIFIC_LR = 64
TF_INT_MODE = 1

PLUMBING = {"Series", "Parallel", "Replicated", "ParBidiLSTM", "DepParUDLSTM",
            "Par2dLSTM", "RTLReversed", "TTBReversed", "XYTranspose"}
LSTMS = {"LSTM", "SummLSTM", "LSTMSoftmax", "LSTMBinarySoftmax"}
FULLY = {"Logistic", "LinLogistic", "LinTanh", "Tanh", "Relu", "Linear",
         "Softmax", "SoftmaxNoCTC"}
RECONFIG = {"Maxpool", "Reconfig"}


class Reader:
    def __init__(self, data):
        self.d, self.p = data, 0

    def take(self, n):
        b = self.d[self.p:self.p + n]
        if len(b) != n:
            raise EOFError("truncated model")
        self.p += n
        return b

    def u8(self):
        return self.take(1)[0]

    def i32(self):
        return struct.unpack("<i", self.take(4))[0]

    def u32(self):
        return struct.unpack("<I", self.take(4))[0]

    def string(self):
        return self.take(self.u32()).decode("utf-8")


class Writer:
    def __init__(self):
        self.buf = bytearray()

    def raw(self, b):
        self.buf += bytes(b)

    def patch_i32(self, pos, v):
        self.buf[pos:pos + 4] = struct.pack("<i", v)

    def u8(self, v):
        self.raw(struct.pack("<B", v))

    def i32(self, v):
        self.raw(struct.pack("<i", v))

    def u32(self, v):
        self.raw(struct.pack("<I", v))

    def string(self, s):
        b = s.encode("utf-8")
        self.u32(len(b))
        self.raw(b)

    def data(self):
        return bytes(self.buf)


stats = {"matrices": 0, "weights": 0}


def convert_weights(r, w, training, remap=None):
    mode = r.u8()
    if not mode & DOUBLE_FLAG:
        raise ValueError("old (pre-4.0 float) weight format not supported")
    if not mode & INT8_FLAG:
        # Already float: copy matrix (and training extras if present) through.
        w.u8(mode)
        n_arrays = 1 + ((1 + (1 if mode & ADAM_FLAG else 0)) if training else 0)
        for _ in range(n_arrays):
            d1, d2 = r.u32(), r.u32()
            w.u32(d1); w.u32(d2)
            w.raw(r.take(8 + 8 * d1 * d2))
        return
    d1, d2 = r.u32(), r.u32()
    r.take(1)                                   # empty_ value of int8 array
    ints = struct.unpack("<%db" % (d1 * d2), r.take(d1 * d2))
    n_scales = r.u32()
    scales = struct.unpack("<%dd" % n_scales, r.take(8 * n_scales))
    if n_scales < d1:
        raise ValueError("fewer scales than output rows")
    rows = [[v * scales[row] for v in ints[row * d2:(row + 1) * d2]]
            for row in range(d1)]
    if remap is not None:
        # New output row c takes old row remap[c]; -1 marks a new character,
        # started from the mean of all old rows (as Tesseract's RemapOutputs).
        mean = [sum(col) / d1 for col in zip(*rows)]
        rows = [rows[o] if o >= 0 else mean for o in remap]
        d1 = len(rows)
    w.u8(DOUBLE_FLAG | (mode & ADAM_FLAG))
    w.u32(d1); w.u32(d2)
    w.raw(struct.pack("<d", 0.0))               # empty_ value of double array
    out = [v for row in rows for v in row]
    w.raw(struct.pack("<%dd" % len(out), *out))
    stats["matrices"] += 1
    stats["weights"] += len(out)


REMAP = None
HEADERS = []      # (kind, writer offset of no_, old no, ni)


def convert_network(r, w):
    lead = r.u8()
    if lead != 0:
        raise ValueError("numeric layer type tags not supported")
    kind = r.string()
    training = r.u8()
    backprop = r.u8()
    flags, ni, no, nweights = r.u32(), r.i32(), r.i32(), r.i32()
    name = r.string()
    w.u8(0); w.string(kind)
    w.u8(0)          # TS_DISABLED: no optimizer state is stored after weights
    w.u8(backprop)
    w.u32(flags)
    w.i32(ni)
    HEADERS.append((kind, len(w.buf), no, nweights))
    w.i32(no); w.i32(nweights); w.string(name)
    is_training = training == 1
    if kind == "Input":
        w.raw(r.take(5 * 4))                     # StaticShape
    elif kind == "Convolve" or kind in RECONFIG:
        w.raw(r.take(2 * 4))                     # half_x/half_y or x/y scale
    elif kind in PLUMBING:
        n = r.u32()
        w.u32(n)
        for _ in range(n):
            convert_network(r, w)
        if flags & NF_LAYER_SPECIFIC_LR:
            k = r.u32()
            w.u32(k)
            w.raw(r.take(4 * k))
    elif kind in LSTMS:
        na = r.i32()
        w.i32(na)
        nf = 0
        if kind == "LSTMSoftmax":
            nf = no
        elif kind == "LSTMBinarySoftmax":
            import math
            nf = int(round(math.ceil(math.log2(no))))
        # The first gate (CI) tells the state size ns; 2-D LSTMs have 5 gates.
        start = r.p
        mode = r.u8()
        d1 = r.u32()
        r.p = start
        ns = d1
        is_2d = (na - nf) == ni + 2 * ns
        for _ in range(5 if is_2d else 4):
            convert_weights(r, w, is_training)
        if kind in ("LSTMSoftmax", "LSTMBinarySoftmax"):
            convert_network(r, w)
    elif kind in FULLY:
        convert_weights(r, w, is_training,
                        REMAP if kind in ("Softmax", "SoftmaxNoCTC") else None)
    else:
        raise ValueError("unsupported layer type " + kind)


def read_recoder(path):
    """UnicharCompress: uint32 n, then per unichar id: int8 self_normalized,
    int32 length, int32 codes[length]."""
    d = open(path, "rb").read()
    r = Reader(d)
    out = []
    for _ in range(r.u32()):
        r.u8()
        n = r.i32()
        out.append(struct.unpack("<%di" % n, r.take(4 * n)))
    return out


def read_unicharset(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return [l.split(" ")[0] for l in lines[1:int(lines[0]) + 1]]


def build_remap(old_base, new_base, like=None):
    """Map each new output code to the old output code of the same character.

    Both charsets must use one code per unichar (true for Thai/Latin).  The
    CTC null is unichar 2 (|Broken|) in both conventions; Tesseract's own
    remap assumes the old null is the last unichar, which is wrong for the
    stock 4.00 models (null=2), hence this explicit mapping."""
    old_u, old_r = read_unicharset(old_base + ".lstm-unicharset"), read_recoder(old_base + ".lstm-recoder")
    new_u, new_r = read_unicharset(new_base + ".lstm-unicharset"), read_recoder(new_base + ".lstm-recoder")
    for rec in (old_r, new_r):
        if any(len(c) != 1 for c in rec):
            raise ValueError("multi-code recoder not supported")
    old_code = {}
    for uid, s in enumerate(old_u):
        if uid > 2:
            old_code.setdefault(s, old_r[uid][0])
    new_range = max(c[0] for c in new_r) + 1
    remap = [-1] * new_range
    new_null, old_null = new_r[2][0], old_r[2][0]
    remap[new_null] = old_null
    added = []
    for uid, s in enumerate(new_u):
        c = new_r[uid][0]
        if uid == 0:                       # space
            remap[c] = old_r[0][0]
        elif uid > 2 and c != new_null:
            if s in old_code:
                remap[c] = old_code[s]
            else:
                added.append(s)
                # Optionally start a new character from the row of the old
                # character the stock model confuses it with.
                if like and like.get(s) in old_code:
                    remap[c] = old_code[like[s]]
    return remap, new_null, added


def main():
    global REMAP
    src, dst = sys.argv[1], sys.argv[2]
    new_null = None
    if len(sys.argv) > 4:
        like = dict(p.split("=", 1) for p in sys.argv[5].split(",")) if len(sys.argv) > 5 else None
        REMAP, new_null, added = build_remap(sys.argv[3], sys.argv[4], like)
        print("remapping outputs: %d codes, null=%d, %d new characters: %s"
              % (len(REMAP), new_null, len(added), "".join(added)))
    r = Reader(open(src, "rb").read())
    w = Writer()
    convert_network(r, w)
    spec = r.string()
    tflags = r.i32()
    iters = r.take(8)
    null_char = r.i32()
    rest = r.take(3 * 4)            # adam_beta, learning rate, momentum
    if r.p != len(r.d):
        raise ValueError("unexpected trailing data: model carries its own "
                         "charset; extract it from a full traineddata instead")
    if REMAP is not None:
        soft = [h for h in HEADERS if h[0] in ("Softmax", "SoftmaxNoCTC")][-1]
        old_no = soft[2]
        per_row = (soft[3]) // old_no
        delta = (len(REMAP) - old_no) * per_row
        for kind, pos, no, nw in (HEADERS[0], soft):
            w.patch_i32(pos, len(REMAP))
            w.patch_i32(pos + 4, nw + delta)
        null_char = new_null
    w.string(spec)
    w.i32(tflags & ~TF_INT_MODE)
    w.raw(iters)
    w.i32(null_char)
    w.raw(rest)
    open(dst, "wb").write(w.data())
    print("network %s: %d matrices, %d weights converted; training flags %d -> %d"
          % (spec, stats["matrices"], stats["weights"], tflags, tflags & ~TF_INT_MODE))


if __name__ == "__main__":
    main()
