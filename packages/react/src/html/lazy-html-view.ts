'use client';
import { lazy } from 'react';

/** HtmlView loaded on first render (the frame bridge and html-to-image stay out of the initial bundle); wrap it in <Suspense>. */
export const LazyHtmlView = lazy(() => import('./HtmlView.js').then((module) => ({ default: module.HtmlView })));
