// The one header through which Swift sees cairo and Pango (see PlotCairo).
#ifndef EGOV_CCAIRO_SHIM_H
#define EGOV_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#endif
