// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communication.h"

namespace ts {

Link linkFor(const Hardware &h, std::int64_t span)
{
    Link l;
    l.interNode = span > h.gpusOnANode();
    l.bytesPerSecond = l.interNode ? h.interNodeGbitPerSecond * 1e9 / 8 : h.gpuLinkBytesPerSecond;
    l.stepSeconds = l.interNode ? kInterNodeStepSeconds : kIntraNodeStepSeconds;
    return l;
}

double ringAllReduceBytes(double bytes, std::int64_t n)
{
    return 2 * ringGatherBytes(bytes, n);
}

double ringGatherBytes(double bytes, std::int64_t n)
{
    return n > 1 ? double(n - 1) / double(n) * bytes : 0.0;
}

double allReduceSeconds(double bytes, std::int64_t n, const Link &link)
{
    if (n <= 1 || link.bytesPerSecond <= 0)
        return 0;
    return kCollectiveBaseSeconds + 2 * double(n - 1) * link.stepSeconds
            + ringAllReduceBytes(bytes, n) / link.bytesPerSecond;
}

double gatherSeconds(double bytes, std::int64_t n, const Link &link)
{
    if (n <= 1 || link.bytesPerSecond <= 0)
        return 0;
    return kCollectiveBaseSeconds + double(n - 1) * link.stepSeconds
            + ringGatherBytes(bytes, n) / link.bytesPerSecond;
}

double allToAllSeconds(double bytes, std::int64_t n, const Link &link)
{
    return gatherSeconds(bytes, n, link); // the same steps and volume as an all-gather's
}

double sendSeconds(double bytes, const Link &link)
{
    if (link.bytesPerSecond <= 0)
        return 0;
    return kCollectiveBaseSeconds + link.stepSeconds + bytes / link.bytesPerSecond;
}

} // namespace ts
