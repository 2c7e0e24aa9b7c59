'use client';
import { lazy } from 'react';

/** TableView loaded on first render (its parser, grid and worker stay out of the chat's initial bundle); wrap it in <Suspense>. */
export const LazyTableView = lazy(() => import('./TableView.js').then((module) => ({ default: module.TableView })));
