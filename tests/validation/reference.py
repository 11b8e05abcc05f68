# SPDX-FileCopyrightText: 2026 TrainScope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The lecture's Transformer LM in PyTorch, written the way a student would, and what one
training step really keeps: saved activations, gradients, AdamW state, matmul FLOPs and the
peak of live bytes. Run with Debian's /usr/bin/python3 and python3-torch (CPU); prints JSON.

    reference.py --batch 2 --seq-len 16 --d-model 32 --layers 2 --heads 4 --vocab 100
"""
import argparse
import json
import math
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.profiler import ProfilerActivity, profile
from torch.utils._python_dispatch import TorchDispatchMode


# ---- the model, as the lecture describes it -------------------------------------------------

class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        rms = torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + self.eps)
        return x / rms * self.weight


class MultiHeadAttention(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.h = h
        self.wq = nn.Linear(d, d, bias=False)
        self.wk = nn.Linear(d, d, bias=False)
        self.wv = nn.Linear(d, d, bias=False)
        self.wo = nn.Linear(d, d, bias=False)

    def forward(self, x):
        b, c, d = x.shape
        dh = d // self.h
        q = self.wq(x).view(b, c, self.h, dh).transpose(1, 2)
        k = self.wk(x).view(b, c, self.h, dh).transpose(1, 2)
        v = self.wv(x).view(b, c, self.h, dh).transpose(1, 2)
        scores = q @ k.transpose(-2, -1) / math.sqrt(dh)
        mask = torch.triu(torch.ones(c, c, dtype=torch.bool), diagonal=1)
        scores = scores.masked_fill(mask, float("-inf"))
        p = torch.softmax(scores, dim=-1)
        out = (p @ v).transpose(1, 2).contiguous().view(b, c, d)
        return self.wo(out)


class SwiGLU(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.w1 = nn.Linear(d, 4 * d, bias=False)
        self.w2 = nn.Linear(4 * d, d, bias=False)
        self.w3 = nn.Linear(d, 4 * d, bias=False)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


class Block(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.norm1 = RMSNorm(d)
        self.attn = MultiHeadAttention(d, h)
        self.norm2 = RMSNorm(d)
        self.ffn = SwiGLU(d)

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        x = x + self.ffn(self.norm2(x))
        return x


class TransformerLM(nn.Module):
    def __init__(self, v, d, layers, h):
        super().__init__()
        self.embedding = nn.Embedding(v, d)
        self.blocks = nn.ModuleList([Block(d, h) for _ in range(layers)])
        self.norm = RMSNorm(d)
        self.head = nn.Linear(d, v, bias=False)

    def forward(self, tokens):
        x = self.embedding(tokens)
        for block in self.blocks:
            x = block(x)
        return self.head(self.norm(x))


# ---- LoRA, as PEFT builds it (Hu et al. 2021): y = W·x + (α/r)·B·A·x, W frozen ------------------

class LoRALinear(nn.Module):
    def __init__(self, base, r, alpha):
        super().__init__()
        self.base = base
        self.a = nn.Linear(base.in_features, r, bias=False)
        self.b = nn.Linear(r, base.out_features, bias=False)
        nn.init.zeros_(self.b.weight)  # PEFT starts B at zero: the adapter begins as a no-op
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + self.b(self.a(x)) * self.scale


LORA_TARGETS = {
    "qv": ("attn.wq", "attn.wv"),
    "attention": ("attn.wq", "attn.wk", "attn.wv", "attn.wo"),
    "all": ("attn.wq", "attn.wk", "attn.wv", "attn.wo", "ffn.w1", "ffn.w3", "ffn.w2"),
}


def add_lora(model, rank, targets, alpha=16.0):
    """Freezes every weight and puts an adapter on the targeted linear layers of each block."""
    for p in model.parameters():
        p.requires_grad_(False)
    for block in model.blocks:
        for path in LORA_TARGETS[targets]:
            owner_name, name = path.split(".")
            owner = getattr(block, owner_name)
            setattr(owner, name, LoRALinear(getattr(owner, name), rank, alpha))


def train_step(model, optimizer, inputs, targets):
    optimizer.zero_grad(set_to_none=False)  # the lecture keeps the gradients between steps
    logits = model(inputs)
    loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))
    loss.backward()
    optimizer.step()
    return loss.item()


# ---- the instruments ------------------------------------------------------------------------

def storage_of(t):
    s = t.storage()
    return s.data_ptr(), s.nbytes()


class SavedTensors:
    """Every tensor autograd saves during a forward pass, each storage once, parameters
    excluded (they are counted as parameters)."""

    def __init__(self, model):
        self.excluded = {storage_of(p)[0] for p in model.parameters()}
        self.storages = {}  # data_ptr -> (nbytes, dtype)

    def pack(self, t):
        ptr, nbytes = storage_of(t)
        if ptr not in self.excluded and ptr not in self.storages:
            self.storages[ptr] = (nbytes, str(t.dtype).replace("torch.", ""))
        # The same storage, without the grad_fn: returning t itself would make a saved output
        # hold its own node, a cycle that keeps the whole graph alive.
        return t.detach()

    def hooks(self):
        return torch.autograd.graph.saved_tensors_hooks(self.pack, lambda t: t)

    def breakdown(self, loss):
        """Bytes by the autograd nodes that saved them (a storage saved by several node types,
        such as a norm's input saved by pow and div, is listed once under all their names)."""
        owners = {}
        seen, stack = set(), [loss.grad_fn]
        while stack:
            node = stack.pop()
            if node is None or node in seen:
                continue
            seen.add(node)
            for attr in dir(node):
                if not attr.startswith("_saved_"):
                    continue
                values = getattr(node, attr)
                for t in values if isinstance(values, (list, tuple)) else [values]:
                    if isinstance(t, torch.Tensor):
                        owners.setdefault(storage_of(t)[0], set()).add(node.name())
            stack.extend(fn for fn, _ in node.next_functions)
        out = {}
        for ptr, (nbytes, dtype) in self.storages.items():
            name = "+".join(sorted(owners.get(ptr, {"unattributed"}))) + ":" + dtype
            out[name] = out.get(name, 0) + nbytes
        return dict(sorted(out.items()))


class MatmulFlops(TorchDispatchMode):
    """Counts 2·m·n·k for every matrix product that reaches the dispatcher."""

    def __init__(self):
        super().__init__()
        self.flops = 0
        self.calls = {}

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        name = func.overloadpacket.__name__
        if name in ("mm", "addmm"):
            a, b = args[-2], args[-1]
            self.count(name, 2 * a.shape[0] * a.shape[1] * b.shape[1])
        elif name in ("bmm", "baddbmm"):
            a, b = args[-2], args[-1]
            self.count(name, 2 * a.shape[0] * a.shape[1] * a.shape[2] * b.shape[2])
        elif name in ("matmul", "linear", "mv", "dot", "addmv", "convolution"):
            raise RuntimeError("uncounted matrix product: " + name)
        return out

    def count(self, name, flops):
        self.flops += flops
        self.calls[name] = self.calls.get(name, 0) + 1


def peak_in_window(prof, marker):
    """Peak of the allocator's running total of live bytes between two top-level marker ops."""
    roots = prof.profiler.kineto_results.experimental_event_tree()
    t0, t1 = sorted(e.start_time_ns for e in roots if e.name == marker)
    events = []

    def walk(node):
        events.append(node)
        for child in node.children:
            walk(child)

    for root in roots:
        walk(root)
    allocs = sorted((e for e in events if type(e.extra_fields).__name__ == "_ExtraFields_Allocation"),
                    key=lambda e: e.start_time_ns)
    live_at_start = 0
    peak, peak_op = 0, ""
    for e in allocs:
        if e.start_time_ns < t0:
            live_at_start = e.extra_fields.total_allocated
        elif e.start_time_ns < t1:
            total = e.extra_fields.total_allocated
            if total > peak:
                peak = total
                peak_op = e.parent.name if e.parent is not None else ""
    return max(peak, live_at_start), live_at_start, peak_op


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag in ("batch", "seq-len", "d-model", "layers", "heads", "vocab"):
        ap.add_argument("--" + flag, type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lora-rank", type=int, default=0, help="0: full training")
    ap.add_argument("--lora-targets", choices=sorted(LORA_TARGETS), default="qv")
    a = ap.parse_args()
    if a.d_model % a.heads:
        sys.exit("reference.py: heads must divide d-model")
    torch.manual_seed(a.seed)

    # Two markers that allocate nothing delimit the second step in the profiler's trace.
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        model = TransformerLM(a.vocab, a.d_model, a.layers, a.heads)
        if a.lora_rank:
            add_lora(model, a.lora_rank, a.lora_targets)
        optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)
        inputs = torch.randint(0, a.vocab, (a.batch, a.seq_len))
        targets = torch.randint(0, a.vocab, (a.batch, a.seq_len))

        # A forward pass under saved-tensor hooks: what autograd keeps for backward. (PyTorch
        # 1.13 cannot run a dispatch mode over the backward of a graph built under these hooks,
        # so this graph is measured and dropped, and step 1 counts the matmuls.)
        saved = SavedTensors(model)
        with saved.hooks():
            logits = model(inputs)
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))
        breakdown = saved.breakdown(loss)
        del logits, loss

        # Step 1: every matrix product of forward and backward.
        fwd, bwd = MatmulFlops(), MatmulFlops()
        optimizer.zero_grad(set_to_none=False)
        with fwd:
            logits = model(inputs)
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))
        with bwd:
            loss.backward()
        optimizer.step()
        del logits, loss

        # Step 2, untouched: the peak of live bytes.
        torch.eye(0)
        train_step(model, optimizer, inputs, targets)
        torch.eye(0)
    peak, live_at_start, peak_op = peak_in_window(prof, "aten::eye")

    def tensor_bytes(t):
        return t.numel() * t.element_size()

    params = [p for p in model.parameters() if p.requires_grad]
    state = {}
    for p in params:
        for name, t in optimizer.state[p].items():
            if isinstance(t, torch.Tensor):
                state[name] = state.get(name, 0) + tensor_bytes(t)
    report = {
        "torch_version": torch.__version__,
        "config": {"batch": a.batch, "seq_len": a.seq_len, "d_model": a.d_model,
                   "layers": a.layers, "heads": a.heads, "vocab": a.vocab},
        "params": sum(p.numel() for p in model.parameters()),
        "trainable_params": sum(p.numel() for p in params),
        "param_tensors": len(params),
        "saved_activation_bytes": sum(n for n, _ in saved.storages.values()),
        "saved_activation_breakdown": breakdown,
        "grad_bytes": sum(tensor_bytes(p.grad) for p in params),
        "optimizer_state_bytes": sum(state.values()),
        "optimizer_state_breakdown": dict(sorted(state.items())),
        "fwd_matmul_flops": fwd.flops,
        "bwd_matmul_flops": bwd.flops,
        "matmul_calls": {"forward": fwd.calls, "backward": bwd.calls},
        "step_start_live_bytes": live_at_start,
        "peak_live_bytes": peak,
        "peak_during": peak_op,
    }
    json.dump(report, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
