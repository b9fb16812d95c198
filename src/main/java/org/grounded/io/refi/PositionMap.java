package org.grounded.io.refi;

import java.util.Arrays;

/**
 * Maps positions counted the way an exporter counted them (in the source's own characters) to
 * Java string indices in Grounded's normalised text. Kept sparse: only the places where the two
 * countings drift apart (an emoji, a CR LF, a composed accent) are stored, so a long transcript
 * costs little memory.
 */
final class PositionMap {

    private final int sourceLength;
    /** From changeAt[i] on, a boundary's index in the normalised text is its source position + offsets[i]. */
    private final int[] changeAt;
    private final int[] offsets;
    /** Source segments wider than one unit whose inner positions cut a character (segStart, segEnd pairs). */
    private final int[] segments;

    private PositionMap(int sourceLength, int[] changeAt, int[] offsets, int[] segments) {
        this.sourceLength = sourceLength;
        this.changeAt = changeAt;
        this.offsets = offsets;
        this.segments = segments;
    }

    /** The length of the text in source units. */
    int sourceLength() {
        return sourceLength;
    }

    /** Where a selection starting at {@code position} starts; a position inside a character moves back to it. */
    int start(int position) {
        int p = position;
        int segment = segmentContaining(p);
        if (segment >= 0) {
            p = segments[2 * segment];
        }
        return p + offsetAt(p);
    }

    /** Where a selection ending at {@code position} ends; a position inside a character moves on past it. */
    int end(int position) {
        int p = position;
        int segment = segmentContaining(p);
        if (segment >= 0) {
            p = segments[2 * segment + 1];
        }
        return p + offsetAt(p);
    }

    /** True when the position falls between the units of one character (half an emoji). */
    boolean cutsCharacter(int position) {
        return segmentContaining(position) >= 0;
    }

    private int offsetAt(int position) {
        int index = Arrays.binarySearch(changeAt, position);
        if (index < 0) {
            index = -index - 2;
        }
        return index < 0 ? 0 : offsets[index];
    }

    /** The segment whose inside holds the position, or -1. */
    private int segmentContaining(int position) {
        int low = 0;
        int high = segments.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (position <= segments[2 * mid]) {
                high = mid - 1;
            } else if (position >= segments[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Collects the map while the normalised text is built. */
    static final class Builder {
        private int[] changeAt = new int[16];
        private int[] offsets = new int[16];
        private int changes;
        private int[] segments = new int[16];
        private int segmentValues;
        private int currentOffset;

        /** Records that the boundary at {@code sourcePosition} lies at {@code textIndex}. */
        void boundary(int sourcePosition, int textIndex) {
            int offset = textIndex - sourcePosition;
            if (offset != currentOffset) {
                if (changes == changeAt.length) {
                    changeAt = Arrays.copyOf(changeAt, changes * 2);
                    offsets = Arrays.copyOf(offsets, changes * 2);
                }
                changeAt[changes] = sourcePosition;
                offsets[changes] = offset;
                changes++;
                currentOffset = offset;
            }
        }

        /** Records a character that takes several source units, none of them a boundary inside. */
        void wideCharacter(int sourceStart, int sourceEnd) {
            if (segmentValues + 2 > segments.length) {
                segments = Arrays.copyOf(segments, segments.length * 2);
            }
            segments[segmentValues++] = sourceStart;
            segments[segmentValues++] = sourceEnd;
        }

        PositionMap build(int sourceLength) {
            return new PositionMap(sourceLength, Arrays.copyOf(changeAt, changes), Arrays.copyOf(offsets, changes),
                    Arrays.copyOf(segments, segmentValues));
        }
    }
}
