package digits.photos;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import digits.image.PictureException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture file read the way a phone photo needs: within bounded memory whatever its pixel size, and
 * upright as the phone's EXIF orientation tag says.
 *
 * <p>The file's size is read from its header first; a picture larger than {@value #WORKING_SIDE} pixels
 * on its long side is decoded with every n-th pixel only (never the full bitmap) and then smoothly scaled down
 * to at most {@value #WORKING_SIDE} pixels. Smaller pictures are kept exactly as they are. Immutable.
 *
 * <pre>{@code
 * Photo photo = Photo.read("my-numbers/4093-stored-sideways.jpg");
 * photo.image()        // the upright working picture
 * photo.fileWidth()    // the size of the (upright) picture in the file
 * }</pre>
 */
public final class Photo {

    /** The long side, in pixels, of the picture kept in memory: enough for a line of handwriting. */
    public static final int WORKING_SIDE = 1_600;
    /** The largest picture read at all, in pixels (phone cameras make up to 200 megapixels). */
    public static final long MAX_PIXELS = 500_000_000L;
    /** Picture files that {@link #picturesIn} lists. */
    public static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg");

    private final String name;
    private final BufferedImage image;
    private final int fileWidth;
    private final int fileHeight;
    private final int orientation;
    private final boolean upright;

    private Photo(String name, BufferedImage image, int fileWidth, int fileHeight, int orientation, boolean upright) {
        this.name = name;
        this.image = image;
        this.fileWidth = fileWidth;
        this.fileHeight = fileHeight;
        this.orientation = orientation;
        this.upright = upright;
    }

    /**
     * Reads a PNG or JPEG file (or any other format ImageIO reads).
     *
     * @param file the picture file
     * @return the photo, upright, at most {@value #WORKING_SIDE} pixels on its long side
     * @throws PictureException if the file is missing, not a picture, damaged, too large to read (the message
     *     names its size), or smaller than 2 x 2 pixels
     */
    public static Photo read(Path file) {
        return read(file, true);
    }

    /**
     * Reads a picture file as {@link #read(Path)} does, but leaves its pixels the way the file stores them: a
     * phone's photo taken turned comes out on its side, as programs that ignore the EXIF orientation tag show it.
     *
     * @param file the picture file
     * @return the photo as stored, at most {@value #WORKING_SIDE} pixels on its long side
     * @throws PictureException as {@link #read(Path)}
     */
    public static Photo readAsStored(String file) {
        return read(Path.of(file), false);
    }

    private static Photo read(Path file, boolean upright) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new PictureException("no picture file at " + file.toAbsolutePath()
                    + (Files.isDirectory(file) ? " (it is a folder)" : ""));
        }
        String name = file.getFileName().toString();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new PictureException(file + " is not a picture Java can read: expected a PNG or JPEG file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0), height = reader.getHeight(0);
                checkSize(file, width, height);
                BufferedImage decoded = decode(reader, file, width, height);
                int orientation = format.equals("jpeg") ? exifOrientation(file) : 1;
                if (!upright) {
                    return new Photo(name, shrink(decoded), width, height, orientation, false);
                }
                boolean turned = orientation >= 5;
                return new Photo(
                        name,
                        Orientation.upright(shrink(decoded), orientation),
                        turned ? height : width,
                        turned ? width : height,
                        orientation,
                        true);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureException own) {
                throw own;
            }
            throw new PictureException(
                    file + " could not be read as a picture (" + e.getMessage()
                            + "): expected a PNG or JPEG file; it may be damaged or cut short",
                    e);
        }
    }

    /** @see #read(Path) */
    public static Photo read(String file) {
        return read(Path.of(file));
    }

    /**
     * @param folder a folder
     * @return the picture files in it (the {@link #EXTENSIONS}), in name order
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static List<Path> picturesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Photo::isPicture).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the folder " + folder.toAbsolutePath(), e);
        }
    }

    private static boolean isPicture(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static void checkSize(Path file, int width, int height) {
        if (width < 2 || height < 2) {
            throw new PictureException(
                    file + " is only " + width + " x " + height + " pixels: too small to hold a digit");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    "%s is %,d x %,d pixels (%,d megapixels): larger "
                            + "than the %,d megapixels a picture may have here; scale it down first",
                    file,
                    width,
                    height,
                    (long) width * height / 1_000_000,
                    MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * Decodes every n-th pixel of every n-th row, n chosen so that the result is at most twice the working size;
     * treats the decoder's warnings (a JPEG cut short, a damaged segment) as errors.
     */
    private static BufferedImage decode(ImageReader reader, Path file, int width, int height) throws IOException {
        int step = Math.max(1, Math.max(width, height) / (2 * WORKING_SIDE));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        reader.addIIOReadWarningListener(listener);
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (IIOException e) {
            throw new PictureException(
                    String.format(
                            Locale.ROOT,
                            "%s (%,d x %,d pixels) could not be decoded (%s): " + "the file is damaged or cut short",
                            file,
                            width,
                            height,
                            e.getMessage()),
                    e);
        }
        if (!warnings.isEmpty()) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    "%s (%,d x %,d pixels) is damaged: the decoder " + "reports \"%s\"; save or copy the picture again",
                    file,
                    width,
                    height,
                    warnings.get(0)));
        }
        return image;
    }

    /** The EXIF orientation tag (1..8) of a JPEG, read with metadata-extractor; 1 (as stored) when it has none. */
    private static int exifOrientation(Path file) {
        try {
            Metadata metadata = JpegMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | MetadataException | IOException e) {
            // The pixels were decoded without complaint: a damaged EXIF block only costs the orientation.
            return 1;
        }
    }

    /** Halves the picture smoothly (each new pixel the mean of about 2 x 2) until it fits the working size. */
    private static BufferedImage shrink(BufferedImage image) {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > WORKING_SIDE) {
            double scale = Math.max(0.5, (double) WORKING_SIDE / Math.max(current.getWidth(), current.getHeight()));
            int w = Math.max(1, (int) Math.round(current.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(current.getHeight() * scale));
            // grey stays grey: converting to RGB would pass it through a colour conversion that lightens mid-greys
            int type = current.getType() == BufferedImage.TYPE_BYTE_GRAY
                    ? BufferedImage.TYPE_BYTE_GRAY
                    : current.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            BufferedImage smaller = new BufferedImage(w, h, type);
            Graphics2D g = smaller.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = smaller;
        }
        return current;
    }

    /** @return the file name */
    public String name() {
        return name;
    }

    /**
     * @return the picture, upright (as stored for {@link #readAsStored}), at most {@value #WORKING_SIDE} pixels on
     *     its long side (shared: do not draw on it)
     */
    public BufferedImage image() {
        return image;
    }

    /** @return the width of {@link #image()}'s picture in the file, in pixels */
    public int fileWidth() {
        return fileWidth;
    }

    /** @return the height of {@link #image()}'s picture in the file, in pixels */
    public int fileHeight() {
        return fileHeight;
    }

    /** @return how many file pixels one pixel of {@link #image()} stands for along each side (1 when not shrunk) */
    public double scale() {
        return (double) fileWidth / image.getWidth();
    }

    /**
     * @return the file's EXIF orientation (applied unless read {@link #readAsStored as stored}): 1 as stored, 3
     *     turned half round, 6 and 8 turned a quarter, 2, 4, 5, 7 mirrored
     */
    public int orientation() {
        return orientation;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Photo[%s, %,d x %,d pixels in the file, read at %d x %d%s]",
                name,
                fileWidth,
                fileHeight,
                image.getWidth(),
                image.getHeight(),
                orientation == 1 ? "" : ", EXIF orientation " + orientation + (upright ? "" : ", not applied"));
    }
}
