// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchstats.h"

namespace ts::bench {

struct ReplotLatency
{
    double p50Ms = 0;
    double p99Ms = 0;
    int samples = 0;
    int timeouts = 0; // changes after which the event loop was still busy after 250 ms
};

// Slider value change → every visible chart replotted and painted (the event loop idle again),
// with the whole main window shown offscreen at 1280×800, over 100 changes of each of the b, c,
// d, L, v and MFU sliders, each walking across its range. With `pins` pinned configurations
// (checkpointing none, selective, full, FlashAttention) drawn as ghost curves in both charts;
// fitMapTab: with the Fit map tab in view instead of the charts (256 × 256 cells recomputed and
// drawn on every change).
ReplotLatency sliderToReplot(const Options &o, int pins = 0, bool fitMapTab = false);

// Slider value change → the Parallelism tab's best layouts searched again for the new scenario
// and shown (the event loop idle again), LLaMA-2-70B's shape on 64 GPUs, 40 changes of each of
// the b, c, L and MFU sliders.
ReplotLatency sliderToBestLayouts(const Options &o);

// `trainscope --explain` as a whole process, start to exit (median of several).
double explainProcessMilliseconds(const Options &o);
// trainscope --search --json over LLaMA-2-70B on 4096 GPUs, as a whole process: median ms.
double searchProcessMilliseconds(const Options &o);

// Recomputing the fit map's data, 256 × 256 cells (ui/model/fitmapsampler.h), for scenarios
// that change every call: milliseconds, p50 and p99.
struct MapRecompute
{
    double p50Ms = 0;
    double p99Ms = 0;
    int samples = 0;
};
MapRecompute fitMapRecompute(const Options &o);

// Process start → first painted main window, measured from outside in a child process.
struct Startup
{
    double startupMs = 0; // median over the runs
    double rssMb = 0;     // resident memory of that child once painted (median)
};
Startup startup(const Options &o);

// One memory chart exported as a 1920×1080 PNG (median of several).
double exportPngMilliseconds(const Options &o);

} // namespace ts::bench
